package vn.gov.cchc.portal.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.audit.internal.PortalRevision;

/**
 * Reads the Envers history of one kind of entity and diffs consecutive revisions into before/after entries.
 * Callers run inside their own (access-checked, transactional) service method.
 */
@Component
public class AuditLog {

    private final EntityManager entityManager;

    AuditLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param type        the audited entity class
     * @param property    the property that ties it to its parent (e.g. "sessionId"), or "id" for the parent itself
     * @param value       the parent's id
     * @param subjectKey  i18n key naming the kind of record
     * @param id          the entity's id
     * @param label       a short name for one record (e.g. the agenda item's title)
     * @param fields      the audited fields as field-key to printable value, in display order
     */
    public <T> List<AuditEntry> history(Class<T> type, String property, Object value, String subjectKey,
            Function<T, Object> id, Function<T, String> label, Function<T, Map<String, String>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property(property).eq(value))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, Map<String, String>> previous = new HashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            PortalRevision revision = (PortalRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, String> now = new LinkedHashMap<>(fields.apply(entity));
            Map<String, String> before = previous.getOrDefault(id.apply(entity), Map.of());
            AuditEntry.Action action = switch (revisionType) {
                case ADD -> AuditEntry.Action.CREATED;
                case MOD -> AuditEntry.Action.CHANGED;
                case DEL -> AuditEntry.Action.DELETED;
            };
            List<AuditEntry.FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : now.entrySet()) {
                String old = before.get(field.getKey());
                if (action == AuditEntry.Action.DELETED || !Objects.equals(old, field.getValue())) {
                    changes.add(new AuditEntry.FieldChange(field.getKey(), old,
                            action == AuditEntry.Action.DELETED ? null : field.getValue()));
                }
            }
            previous.put(id.apply(entity), now);
            if (action != AuditEntry.Action.CHANGED || !changes.isEmpty()) {
                entries.add(new AuditEntry(Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                        action, subjectKey, label.apply(entity), changes));
            }
        }
        return entries;
    }
}
