import type { AdminViewServerProps } from 'payload'

import { ServiceBoard } from './ServiceBoard'
import { staffView } from './StaffView'

/** /admin/service — tonight at a glance, for staff. */
export const ServiceView = (props: AdminViewServerProps) =>
  staffView(props, '/service', ({ restaurants }) => <ServiceBoard restaurants={restaurants} />)
