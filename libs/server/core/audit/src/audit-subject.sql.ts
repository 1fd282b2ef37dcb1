/**
 * What an audit entry is about, joined in the query that pages the log: the commune its record
 * belongs to and the record's name in words. Each join follows the primary key of one kind of
 * record: the CASE casts the entity id only for that kind (the ids of other kinds are not uuids),
 * and yields NULL for the others, so every join is an index lookup. A deleted record (an activity,
 * a contact) still names its commune through the `communeNis` or `engagementId` its entry kept.
 */
const byId = (type: string) => `CASE WHEN a."entity_type" = '${type}' THEN a."entity_id"::uuid END`;

const keptEngagementId = `CASE WHEN a."entity_type" = 'activity' THEN COALESCE(a."before", a."after")->>'engagementId' END`;

export const AUDIT_SUBJECT_JOINS = `
  LEFT JOIN "engagement" s_eng ON s_eng."id" = ${byId('engagement')}
  LEFT JOIN "activity" s_act ON s_act."id" = ${byId('activity')}
  LEFT JOIN "engagement" s_act_eng ON s_act_eng."id" = COALESCE(s_act."engagement_id", (${keptEngagementId})::uuid)
  LEFT JOIN "contact" s_con ON s_con."id" = ${byId('contact')}
  LEFT JOIN "invoice" s_inv ON s_inv."id" = ${byId('invoice')}
  LEFT JOIN "reminder" s_rem ON s_rem."id" = ${byId('reminder')}
  LEFT JOIN "engagement" s_rem_eng ON s_rem_eng."id" = s_rem."engagement_id"
  LEFT JOIN "campaign" s_cam ON s_cam."id" = ${byId('campaign')}
  LEFT JOIN "app_user" s_usr ON s_usr."id" = ${byId('user')}
  LEFT JOIN "consultant" s_kon ON s_kon."id" = ${byId('consultant')}
  LEFT JOIN "commune" s_com ON s_com."nis" = COALESCE(
    s_eng."commune_nis", s_act_eng."commune_nis", s_con."commune_nis", s_inv."commune_nis", s_rem_eng."commune_nis",
    CASE WHEN a."entity_type" = 'commune' THEN a."entity_id" END,
    COALESCE(a."after", a."before")->>'communeNis')`;

/** The columns the joins give: the commune, and the record's name (an erased contact has none). */
export const AUDIT_SUBJECT_COLUMNS = `s_com."nis" AS commune_nis, s_com."name" AS commune_name,
  CASE
    WHEN a."entity_type" = 'contact' THEN CASE WHEN s_con."erased_at" IS NULL THEN s_con."full_name" END
    WHEN a."entity_type" = 'invoice' THEN s_inv."number"
    WHEN a."entity_type" = 'campaign' THEN s_cam."name"
    WHEN a."entity_type" = 'user' THEN s_usr."full_name"
    WHEN a."entity_type" = 'consultant' THEN s_kon."full_name"
  END AS subject`;
