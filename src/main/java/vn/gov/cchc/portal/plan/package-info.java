/**
 * The agencies' annual reform plans (kế hoạch cải cách hành chính năm) and their amendments: an agency's officer
 * drafts the plan from its plan file, the leader submits it, the secretariat receives it (its tasks are then
 * created, each naming the plan) or returns it with a reason. The secretariat sets by when a year's plans are due
 * and sees every agency's plan of the year. The figures' "planned" counts these tasks (ADR 0024).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies' plans")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.plan;
