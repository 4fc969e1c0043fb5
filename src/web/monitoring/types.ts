// What the monitoring API answers (src/server/monitoring/*), as the web reads it.
import type { FlagEvidence, MonitoringFlag, MonitoringMonth } from '../../domain/oversight/monitoring';

export interface MonitoringHistory {
  months: (MonitoringMonth & {
    cpuPercent: number | null;
    memoryPercent: number | null;
    storagePercent: number | null;
  })[];
  flags: FlagEvidence[];
  thresholds: {
    lowUseCpuPercent: { value: number };
    unusableAvailabilityPercent: { value: number };
  };
  entries: {
    id: string;
    status: string;
    flags: MonitoringFlag[];
    throughMonth: string;
    rectificationDueOn: string | null;
  }[];
}

export interface EliminationEntry {
  id: string;
  system: { id: string; code: string; name: string; status: string; owner: string | null };
  status: 'pending' | 'kept' | 'eliminated';
  flags: MonitoringFlag[];
  evidence: FlagEvidence[];
  throughMonth: string;
  listedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  rectificationDueOn: string | null;
  cloudReclaimedOn: string | null;
  shutdownOn: string | null;
  version: number;
  actions: ('decide' | 'record_cloud_reclaim' | 'record_shutdown')[];
}

export interface EliminationList {
  items: EliminationEntry[];
  latestRectificationDueOn: string | null;
}

export interface SubmitResult {
  rows: number;
  accepted: number;
  created: number;
  replaced: number;
  errors: { row: number; column: string; message: string }[];
  listed: { systemId: string }[];
}
