export interface Agency {
  id: number;
  orgId: number | null;
  name: string;
  shortName: string;
  type: string;
  qualifications: string;
  staffCount: number;
  contactPerson: string;
  contactPhone: string;
  creditLevel: string;
  status: string;
  statusReason: string | null;
  version: number;
  engagements?: number;
  averageScore?: number | null;
}

export interface Engagement {
  id: number;
  year: number;
  agencyId: number;
  agencyName: string;
  evaluationId: number;
  evaluationName: string;
  evaluationStage: string;
  contractNo: string;
  fee: number;
  status: string;
  qualityScore: number | null;
  paymentPercent: number | null;
  creditEffect: string | null;
  payable: number | null;
  paid: number;
  version: number;
}

export const STATUS_COLORS: Record<string, string> = { active: 'green', suspended: 'orange', removed: 'red' };
