// The colour a service or participant status is shown in: what needs no action is quiet, what ended badly is red.
type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<string, Tone> = {
  SCHEDULED: 'info',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
  REGISTERED: 'success',
  PRE_REGISTERED: 'info',
  WAITLISTED: 'warning',
  NO_SHOW: 'danger',
  RESCHEDULED: 'neutral',
  REMOVED: 'neutral',
  NOT_COMPLETED: 'warning',
};

export const statusTone = (status: string): Tone => TONES[status] ?? 'neutral';
