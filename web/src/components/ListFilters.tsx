import { Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { yearChoices } from './fiscal-years';
import { useFiscalYears } from './useFiscalYears';

/** The filter bar above a list table. */
export function ListFilters({ children }: { children: ReactNode }) {
  return (
    <Space style={{ marginBottom: 12 }} wrap>
      {children}
    </Space>
  );
}

/**
 * The one year picker: the region's fiscal years (org page), `2026年度` (or `2026年` with suffix="年"); with `onClear`
 * it can be emptied (every year).
 */
export function YearSelect({
  value,
  onChange,
  onClear,
  suffix = '年度',
  width = 110,
  ariaLabel,
}: {
  value: number | undefined;
  onChange: (year: number) => void;
  onClear?: () => void;
  suffix?: string;
  width?: number;
  ariaLabel?: string;
}) {
  const years = useFiscalYears();
  return (
    <Select
      aria-label={ariaLabel}
      placeholder="年度"
      allowClear={!!onClear}
      value={value}
      style={{ width }}
      onChange={(year?: number) => (year === undefined ? onClear?.() : onChange(year))}
      options={yearChoices(years, value).map((y) => ({ value: y, label: `${y}${suffix}` }))}
    />
  );
}

/** A clearable selector over a code list with its Chinese labels (status, source, type …). */
export function CodeSelect<C extends string>({
  placeholder,
  codes,
  labels,
  value,
  onChange,
  width = 130,
}: {
  placeholder: string;
  codes: readonly C[];
  labels: Record<C, string>;
  value?: string;
  onChange: (code: C | undefined) => void;
  width?: number;
}) {
  return (
    <Select
      allowClear
      placeholder={placeholder}
      style={{ width }}
      value={value as C | undefined}
      onChange={onChange}
      options={codes.map((c) => ({ value: c, label: labels[c] }))}
    />
  );
}

/** The clearable 重点领域 selector, optionally led by extra options (e.g. 共性指标). */
export function FieldSelect({
  fields,
  onChange,
  lead = [],
}: {
  fields: readonly { code: string; name: string }[];
  onChange: (fieldCode: string | undefined) => void;
  lead?: { value: string; label: string }[];
}) {
  return (
    <Select
      allowClear
      placeholder="重点领域"
      style={{ width: 150 }}
      onChange={onChange}
      options={[...lead, ...fields.map((f) => ({ value: f.code, label: f.name }))]}
    />
  );
}

/** The 项目名称 / 编码 search box of project-based lists; an empty search clears the filter. */
export function ProjectSearch({
  onSearch,
  width = 240,
  placeholder = '项目名称 / 编码',
}: {
  onSearch: (q: string | undefined) => void;
  width?: number;
  placeholder?: string;
}) {
  return (
    <Input.Search allowClear placeholder={placeholder} style={{ width }} onSearch={(q) => onSearch(q || undefined)} />
  );
}
