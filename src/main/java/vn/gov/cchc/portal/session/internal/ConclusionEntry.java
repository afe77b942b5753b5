package vn.gov.cchc.portal.session.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "session_conclusion")
public class ConclusionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Version
    private long version;

    protected ConclusionEntry() {
    }

    public ConclusionEntry(long sessionId, int number, String text, Long agendaItemId) {
        this.sessionId = sessionId;
        this.number = number;
        describe(text, agendaItemId);
    }

    public void describe(String text, Long agendaItemId) {
        this.text = text.strip();
        this.agendaItemId = agendaItemId;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public long getVersion() {
        return version;
    }
}
