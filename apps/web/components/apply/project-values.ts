import type { Currency, ForeignInvestmentProjectInput } from '@/gql/graphql';
import { isTwoPlaceDecimal, sumTwoPlaceDecimals } from '@/lib/decimal-text';

/** One 外国投资者 row as typed (`key` keeps React's rows apart when one is removed). */
export type InvestorValues = { key: number; name: string; countryOrRegion: string; sharePercent: string };

/** 项目信息 as typed: every field a string, all optional while it is a 暂存件. */
export type ProjectValues = {
  projectName: string;
  location: string;
  amount: string;
  currency: Currency;
  investors: InvestorValues[];
  industry: string;
  constructionContent: string;
};

/** Messages of 项目信息's own checks, by field: `amount`, `investors`, `investors.0.name` … */
export type ProjectErrors = Record<string, string>;

/** A saved draft's 项目信息 as the API answers it (null where nothing was typed). */
export type SavedProject = {
  projectName?: string | null;
  location?: string | null;
  totalInvestment?: { amount?: string | null; currency?: Currency | null } | null;
  investors?: readonly {
    name?: string | null;
    countryOrRegion?: string | null;
    sharePercent?: string | null;
  }[];
  industry?: string | null;
  constructionContent?: string | null;
} | null;

export const emptyInvestor = (key: number): InvestorValues => ({
  key,
  name: '',
  countryOrRegion: '',
  sharePercent: '',
});

/** The form's starting values: the saved draft's, or one empty investor row and 人民币. */
export function initialProjectValues(saved: SavedProject | undefined): ProjectValues {
  const investors = (saved?.investors ?? []).map((investor, index) => ({
    key: index,
    name: investor.name ?? '',
    countryOrRegion: investor.countryOrRegion ?? '',
    sharePercent: investor.sharePercent ? toTwoPlaces(investor.sharePercent) : '',
  }));
  return {
    projectName: saved?.projectName ?? '',
    location: saved?.location ?? '',
    amount: saved?.totalInvestment?.amount ? toTwoPlaces(saved.totalInvestment.amount) : '',
    currency: saved?.totalInvestment?.currency ?? 'CNY',
    investors: investors.length > 0 ? investors : [emptyInvestor(0)],
    industry: saved?.industry ?? '',
    constructionContent: saved?.constructionContent ?? '',
  };
}

/** A well-formed decimal written with two places ("40" → "40.00"); anything else as it was typed. */
export function toTwoPlaces(value: string): string {
  const trimmed = value.trim();
  if (!isTwoPlaceDecimal(trimmed)) return value;
  const [whole, fraction = ''] = trimmed.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** What a decimal field keeps of a keystroke: digits and one decimal point. */
export function decimalKeystrokes(value: string): string {
  const cleaned = value.replace(/[^\d.]/g, '');
  const point = cleaned.indexOf('.');
  return point < 0 ? cleaned : `${cleaned.slice(0, point + 1)}${cleaned.slice(point + 1).replace(/\./g, '')}`;
}

/** The investor rows with anything typed in them (an untouched empty row is not an investor). */
export function filledInvestors(values: ProjectValues): InvestorValues[] {
  return values.investors.filter(
    (investor) => investor.name.trim() || investor.countryOrRegion.trim() || investor.sharePercent.trim(),
  );
}

export const shareTotal = (investors: readonly InvestorValues[]) =>
  sumTwoPlaceDecimals(investors.map((investor) => investor.sharePercent));

const text = (value: string) => value.trim() || null;

/** The form's values as the API's input: trimmed, blanks as null, partial data kept as it is. */
export function toProjectInput(values: ProjectValues): ForeignInvestmentProjectInput {
  return {
    projectName: text(values.projectName),
    location: text(values.location),
    totalInvestment: { amount: text(values.amount), currency: values.currency },
    investors: filledInvestors(values).map((investor) => ({
      name: text(investor.name),
      countryOrRegion: text(investor.countryOrRegion),
      sharePercent: text(investor.sharePercent),
    })),
    industry: text(values.industry),
    constructionContent: text(values.constructionContent),
  };
}

const isPositive = (value: string) => isTwoPlaceDecimal(value) && Number(value) > 0;

/** 下一步's checks of 项目信息 (the API checks the same on 提交 and has the last word); empty when all is well. */
export function projectErrors(values: ProjectValues): ProjectErrors {
  const errors: ProjectErrors = {};
  if (!values.projectName.trim()) errors.projectName = '请填写项目名称';
  if (!values.location.trim()) errors.location = '请填写建设地点';
  if (!values.amount.trim()) errors.amount = '请填写总投资';
  else if (!isPositive(values.amount)) errors.amount = '总投资须为正数，最多两位小数';
  values.investors.forEach((investor, index) => {
    if (!investor.name.trim()) errors[`investors.${index}.name`] = '请填写投资者名称';
    if (!investor.countryOrRegion.trim()) {
      errors[`investors.${index}.countryOrRegion`] = '请填写国别（地区）';
    }
    if (!investor.sharePercent.trim()) errors[`investors.${index}.sharePercent`] = '请填写持股比例';
    else if (!isPositive(investor.sharePercent) || Number(investor.sharePercent) > 100) {
      errors[`investors.${index}.sharePercent`] = '持股比例须在 0.01 至 100 之间，最多两位小数';
    }
  });
  if (values.investors.length === 0) errors.investors = '请至少填写一个外国投资者';
  else if (shareTotal(values.investors) !== '100') errors.investors = '外国投资者持股比例合计须为100%';
  if (!values.industry.trim()) errors.industry = '请选择所属行业';
  if (!values.constructionContent.trim()) errors.constructionContent = '请填写建设内容';
  return errors;
}

/** What is still missing before 提交, as 确认提交 lists it (the API checks the same and has the last word). */
export function missingParts(
  values: ProjectValues,
  checklist: readonly { id: string; name: string; required: boolean }[],
  providedIds: ReadonlySet<string>,
): string[] {
  const missing: string[] = [];
  if (!values.projectName.trim()) missing.push('项目名称');
  if (!values.location.trim()) missing.push('建设地点');
  if (!values.amount.trim()) missing.push('总投资');
  const investors = filledInvestors(values);
  if (investors.length === 0) missing.push('外国投资者');
  else if (shareTotal(investors) !== '100') missing.push('持股比例合计须为100%');
  if (!values.industry.trim()) missing.push('所属行业');
  if (!values.constructionContent.trim()) missing.push('建设内容');
  for (const entry of checklist) if (entry.required && !providedIds.has(entry.id)) missing.push(entry.name);
  return missing;
}
