import * as migration_20261126_223621_initial from './20261126_223621_initial';
import * as migration_20261126_230000_reservation_occupancy from './20261126_230000_reservation_occupancy';
import * as migration_20261127_005901_about_gallery from './20261127_005901_about_gallery';
import * as migration_20261127_010950_notifications from './20261127_010950_notifications';
import * as migration_20261127_013732_payments from './20261127_013732_payments';
import * as migration_20261127_014458_staff_refund from './20261127_014458_staff_refund';
import * as migration_20261127_031224_guest_merge_audit from './20261127_031224_guest_merge_audit';
import * as migration_20261127_034944_diner_accounts from './20261127_034944_diner_accounts';
import * as migration_20261127_045606_audit_security_actions from './20261127_045606_audit_security_actions';
import * as migration_20261202_070843_money_minor_units from './20261202_070843_money_minor_units';
import * as migration_20261202_073000_phones_e164 from './20261202_073000_phones_e164';
import * as migration_20261202_104800_team_management from './20261202_104800_team_management';
import * as migration_20261202_120858_guests_email_optional from './20261202_120858_guests_email_optional';
import * as migration_20261202_133448_group_site_pages from './20261202_133448_group_site_pages';
import * as migration_20261202_133803_diner_self_service from './20261202_133803_diner_self_service';
import * as migration_20261202_225506_integrations_and_feed from './20261202_225506_integrations_and_feed';
import * as migration_20261202_234548_webhooks from './20261202_234548_webhooks';
import * as migration_20261203_033407_analytics_spend from './20261203_033407_analytics_spend';
import * as migration_20261203_033529_booking_funnel from './20261203_033529_booking_funnel';
import * as migration_20261203_033711_feedback from './20261203_033711_feedback';

export const migrations = [
  {
    up: migration_20261126_223621_initial.up,
    down: migration_20261126_223621_initial.down,
    name: '20261126_223621_initial',
  },
  {
    up: migration_20261126_230000_reservation_occupancy.up,
    down: migration_20261126_230000_reservation_occupancy.down,
    name: '20261126_230000_reservation_occupancy',
  },
  {
    up: migration_20261127_005901_about_gallery.up,
    down: migration_20261127_005901_about_gallery.down,
    name: '20261127_005901_about_gallery',
  },
  {
    up: migration_20261127_010950_notifications.up,
    down: migration_20261127_010950_notifications.down,
    name: '20261127_010950_notifications',
  },
  {
    up: migration_20261127_013732_payments.up,
    down: migration_20261127_013732_payments.down,
    name: '20261127_013732_payments',
  },
  {
    up: migration_20261127_014458_staff_refund.up,
    down: migration_20261127_014458_staff_refund.down,
    name: '20261127_014458_staff_refund',
  },
  {
    up: migration_20261127_031224_guest_merge_audit.up,
    down: migration_20261127_031224_guest_merge_audit.down,
    name: '20261127_031224_guest_merge_audit',
  },
  {
    up: migration_20261127_034944_diner_accounts.up,
    down: migration_20261127_034944_diner_accounts.down,
    name: '20261127_034944_diner_accounts',
  },
  {
    up: migration_20261127_045606_audit_security_actions.up,
    down: migration_20261127_045606_audit_security_actions.down,
    name: '20261127_045606_audit_security_actions',
  },
  {
    up: migration_20261202_070843_money_minor_units.up,
    down: migration_20261202_070843_money_minor_units.down,
    name: '20261202_070843_money_minor_units',
  },
  {
    up: migration_20261202_073000_phones_e164.up,
    down: migration_20261202_073000_phones_e164.down,
    name: '20261202_073000_phones_e164',
  },
  {
    up: migration_20261202_104800_team_management.up,
    down: migration_20261202_104800_team_management.down,
    name: '20261202_104800_team_management',
  },
  {
    up: migration_20261202_120858_guests_email_optional.up,
    down: migration_20261202_120858_guests_email_optional.down,
    name: '20261202_120858_guests_email_optional',
  },
  {
    up: migration_20261202_133448_group_site_pages.up,
    down: migration_20261202_133448_group_site_pages.down,
    name: '20261202_133448_group_site_pages',
  },
  {
    up: migration_20261202_133803_diner_self_service.up,
    down: migration_20261202_133803_diner_self_service.down,
    name: '20261202_133803_diner_self_service',
  },
  {
    up: migration_20261202_225506_integrations_and_feed.up,
    down: migration_20261202_225506_integrations_and_feed.down,
    name: '20261202_225506_integrations_and_feed',
  },
  {
    up: migration_20261202_234548_webhooks.up,
    down: migration_20261202_234548_webhooks.down,
    name: '20261202_234548_webhooks',
  },
  {
    up: migration_20261203_033407_analytics_spend.up,
    down: migration_20261203_033407_analytics_spend.down,
    name: '20261203_033407_analytics_spend',
  },
  {
    up: migration_20261203_033529_booking_funnel.up,
    down: migration_20261203_033529_booking_funnel.down,
    name: '20261203_033529_booking_funnel',
  },
  {
    up: migration_20261203_033711_feedback.up,
    down: migration_20261203_033711_feedback.down,
    name: '20261203_033711_feedback'
  },
];
