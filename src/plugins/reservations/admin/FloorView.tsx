import type { AdminViewServerProps } from 'payload'

import { FloorPlan } from './FloorPlan'
import { staffView } from './StaffView'

/** /admin/floor — the room during service: each table's state now; a click seats the party due. */
export const FloorView = (props: AdminViewServerProps) =>
  staffView(props, '/floor', ({ restaurants }) => <FloorPlan restaurants={restaurants} />)
