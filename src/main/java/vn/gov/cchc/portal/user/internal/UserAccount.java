package vn.gov.cchc.portal.user.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.security.Role;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "agency_id")
    private Long agencyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    /** Whether the user asked for a mail at once for each new assignment and decision (V21). */
    @Column(name = "immediate_mail", nullable = false)
    private boolean immediateMail;

    /** The language the user chose ("vi", "en"); see Texts.language. */
    @Column(nullable = false, length = 8)
    private String language = "vi";

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String fullName, String email, Set<Role> roles, Long agencyId, Instant now) {
        this.fullName = fullName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.agencyId = agencyId;
        this.updatedAt = now;
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    public void setImmediateMail(boolean immediateMail, Instant now) {
        this.immediateMail = immediateMail;
        this.updatedAt = now;
    }

    public void setLanguage(String language, Instant now) {
        this.language = language;
        this.updatedAt = now;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isImmediateMail() {
        return immediateMail;
    }

    public void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public PortalUser toPortalUser() {
        return new PortalUser(id, username, passwordHash, enabled, fullName, agencyId,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
