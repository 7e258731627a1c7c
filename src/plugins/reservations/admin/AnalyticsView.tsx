import type { AdminViewServerProps } from 'payload'

import { AnalyticsDashboard } from './analytics/AnalyticsDashboard'
import { staffView } from './StaffView'

/** /admin/analytics — a period's figures against the one before, charts, the forecast and reports (managers and up). */
export const AnalyticsView = (props: AdminViewServerProps) =>
  staffView(props, '/analytics', ({ restaurants }) => <AnalyticsDashboard restaurants={restaurants} />, 'manager')
