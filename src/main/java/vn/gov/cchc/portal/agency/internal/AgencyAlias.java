package vn.gov.cchc.portal.agency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another name people write for an agency (V12). */
@Entity
@Table(name = "agency_alias")
public class AgencyAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false)
    private String alias;

    protected AgencyAlias() {
    }

    public AgencyAlias(long agencyId, String alias) {
        this.agencyId = agencyId;
        this.alias = alias;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getAlias() {
        return alias;
    }
}
