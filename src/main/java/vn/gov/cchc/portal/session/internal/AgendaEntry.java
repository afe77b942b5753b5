package vn.gov.cchc.portal.session.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaItemDraft;

@Entity
@Audited
@Table(name = "session_agenda_item")
public class AgendaEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String title;

    private String presenter;

    @Column(name = "planned_minutes")
    private Integer plannedMinutes;

    @Version
    private long version;

    protected AgendaEntry() {
    }

    public AgendaEntry(long sessionId, int position, AgendaItemDraft draft) {
        this.sessionId = sessionId;
        this.position = position;
        describe(draft);
    }

    public void describe(AgendaItemDraft draft) {
        title = draft.title().strip();
        presenter = draft.presenter() == null || draft.presenter().isBlank() ? null : draft.presenter().strip();
        plannedMinutes = draft.plannedMinutes();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public AgendaItem toItem() {
        return new AgendaItem(id, position, title, presenter, plannedMinutes, version);
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public long getVersion() {
        return version;
    }
}
