export { FUNNEL_MARKER, FUNNEL_SOURCES, FUNNEL_STEPS, FUNNEL_TARGETS, MAX_STEPS_PER_EVENT, type FunnelSource, type FunnelStep } from './steps'
export { ABANDONMENT_STAGES, funnelFigures, noSteps, sumSteps, type AbandonmentStage, type FunnelFigures, type StepCounts } from './rates'
export { funnelEventSchema, type FunnelEvent } from './schema'
export { stepsReachedOn, stepsToSend, type WizardScreen } from './wizard'
