import { InitialSchema1795951775034 } from './1795951775034-initial-schema';
import { NamurCommunes1795951775035 } from './1795951775035-namur-communes';
import { SessionsAndAudit1795953868027 } from './1795953868027-sessions-and-audit';
import { Activities1795960989236 } from './1795960989236-activities';
import { Reminders1796580703049 } from './1796580703049-reminders';
import { BillingParties1796690000000 } from './1796690000000-billing-parties';
import { Invoices1796700000000 } from './1796700000000-invoices';
import { InvoiceExports1796710000000 } from './1796710000000-invoice-exports';
import { CampaignLifecycle1796720000000 } from './1796720000000-campaign-lifecycle';
import { ActivityLocation1796730000000 } from './1796730000000-activity-location';
import { MaturitySurvey1796740000000 } from './1796740000000-maturity-survey';
import { SurveySubmitterKept1796745000000 } from './1796745000000-survey-submitter-kept';
import { SurveyInvitation1796750000000 } from './1796750000000-survey-invitation';
import { CampaignRevision1796760000000 } from './1796760000000-campaign-revision';
import { CommuneSearch1796770000000 } from './1796770000000-commune-search';
import { ReminderRevision1796780000000 } from './1796780000000-reminder-revision';
import { InvoiceRevision1796790000000 } from './1796790000000-invoice-revision';
import { StageStayEnd1796800000000 } from './1796800000000-stage-stay-end';

/** In order; listed explicitly because the apps are bundled (no globbing at run time). */
export const MIGRATIONS = [InitialSchema1795951775034, NamurCommunes1795951775035, SessionsAndAudit1795953868027, Activities1795960989236, Reminders1796580703049, BillingParties1796690000000, Invoices1796700000000, InvoiceExports1796710000000, CampaignLifecycle1796720000000, ActivityLocation1796730000000, MaturitySurvey1796740000000, SurveySubmitterKept1796745000000, SurveyInvitation1796750000000, CampaignRevision1796760000000, CommuneSearch1796770000000, ReminderRevision1796780000000, InvoiceRevision1796790000000, StageStayEnd1796800000000];
