import type { UserError } from '../lib/errors.ts';
import { userError } from '../lib/errors.ts';
import { stripControlCharacters } from './strip-control-characters.ts';

/** Version of the stored shape in cases.application_data; bump it (and read old versions) when the shape changes. */
export const APPLICATION_DATA_VERSION = 1;

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface ForeignInvestor {
  name: string | null;
  countryOrRegion: string | null;
  /** percent as an exact decimal string, at most 2 places */
  sharePercent: string | null;
}

/** 外商投资项目核准: every field may be missing in a 暂存件. */
export interface ForeignInvestmentProject {
  projectName: string | null;
  location: string | null;
  /** amount: exact decimal string in 万 of the currency */
  totalInvestment: { amount: string | null; currency: Currency | null } | null;
  investors: ForeignInvestor[];
  industry: string | null;
  constructionContent: string | null;
}

export interface ApplicationData {
  version: typeof APPLICATION_DATA_VERSION;
  foreignInvestmentProject: ForeignInvestmentProject | null;
}

/** Items with an online form, by item code. */
export const FORM_OF_ITEM: Record<string, 'FOREIGN_INVESTMENT_PROJECT'> = {
  'tj-ndrc-foreign-investment': 'FOREIGN_INVESTMENT_PROJECT',
};

export interface ForeignInvestmentProjectInput {
  projectName?: string | null;
  location?: string | null;
  totalInvestment?: { amount?: string | null; currency?: string | null } | null;
  investors?:
    { name?: string | null; countryOrRegion?: string | null; sharePercent?: string | null }[] | null;
  industry?: string | null;
  constructionContent?: string | null;
}

const LIMITS = {
  projectName: 200,
  location: 200,
  industry: 100,
  constructionContent: 4000,
  investorName: 200,
  countryOrRegion: 100,
  investors: 50,
} as const;

const AMOUNT = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/;
const PERCENT = /^(0|[1-9][0-9]{0,2})(\.[0-9]{1,2})?$/;

/** Hundredths as an integer: exact arithmetic for amounts and shares ("33.33" → 3333). */
export function toHundredths(decimal: string): number {
  const [whole, fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function text(
  value: string | null | undefined,
  max: number,
  field: string[],
  errors: UserError[],
): string | null {
  const cleaned = stripControlCharacters(value ?? '', true).trim();
  if (!cleaned) return null;
  if ([...cleaned].length > max) errors.push(userError('INVALID', `不能超过 ${max} 个字符。`, field));
  return cleaned;
}

/**
 * Checks the shape of what a 暂存件 may hold: anything may be missing, but what is there must be well-formed
 * (numbers are exact decimals, lengths bounded), so a stored draft never holds junk.
 */
export function normaliseForeignInvestmentProject(
  input: ForeignInvestmentProjectInput,
  path: string[],
): { value: ForeignInvestmentProject; errors: UserError[] } {
  const errors: UserError[] = [];
  const at = (...rest: string[]) => [...path, ...rest];

  let totalInvestment: ForeignInvestmentProject['totalInvestment'] = null;
  if (input.totalInvestment) {
    const amount = input.totalInvestment.amount?.trim() || null;
    if (amount && !AMOUNT.test(amount)) {
      errors.push(userError('INVALID', '总投资应为数字，最多两位小数。', at('totalInvestment', 'amount')));
    }
    const currency = input.totalInvestment.currency ?? null;
    if (currency && !(CURRENCIES as readonly string[]).includes(currency)) {
      errors.push(userError('INVALID', '不支持的币种。', at('totalInvestment', 'currency')));
    }
    if (amount || currency) totalInvestment = { amount, currency: currency as Currency | null };
  }

  const investorsInput = input.investors ?? [];
  if (investorsInput.length > LIMITS.investors) {
    errors.push(userError('INVALID', `外国投资者最多 ${LIMITS.investors} 个。`, at('investors')));
  }
  const investors = investorsInput.slice(0, LIMITS.investors).map((investor, index) => {
    const i = String(index);
    const sharePercent = investor.sharePercent?.trim() || null;
    if (sharePercent && (!PERCENT.test(sharePercent) || toHundredths(sharePercent) > 10000)) {
      errors.push(
        userError(
          'INVALID',
          '持股比例应为 0 到 100 之间的数字，最多两位小数。',
          at('investors', i, 'sharePercent'),
        ),
      );
    }
    return {
      name: text(investor.name, LIMITS.investorName, at('investors', i, 'name'), errors),
      countryOrRegion: text(
        investor.countryOrRegion,
        LIMITS.countryOrRegion,
        at('investors', i, 'countryOrRegion'),
        errors,
      ),
      sharePercent,
    };
  });

  return {
    value: {
      projectName: text(input.projectName, LIMITS.projectName, at('projectName'), errors),
      location: text(input.location, LIMITS.location, at('location'), errors),
      totalInvestment,
      investors,
      industry: text(input.industry, LIMITS.industry, at('industry'), errors),
      constructionContent: text(
        input.constructionContent,
        LIMITS.constructionContent,
        at('constructionContent'),
        errors,
      ),
    },
    errors,
  };
}

/** What submission needs on top of a well-formed draft: every field, and shares adding up to exactly 100. */
export function validateForeignInvestmentProjectForSubmit(
  form: ForeignInvestmentProject | null,
  path: string[],
): UserError[] {
  const errors: UserError[] = [];
  const at = (...rest: string[]) => [...path, ...rest];
  const required = (value: unknown, message: string, ...field: string[]) => {
    if (value === null || value === undefined || value === '')
      errors.push(userError('REQUIRED', message, at(...field)));
  };
  required(form?.projectName, '请填写项目名称。', 'projectName');
  required(form?.location, '请填写建设地点。', 'location');
  required(form?.totalInvestment?.amount, '请填写总投资。', 'totalInvestment', 'amount');
  required(form?.totalInvestment?.currency, '请选择币种。', 'totalInvestment', 'currency');
  if (form?.totalInvestment?.amount && toHundredths(form.totalInvestment.amount) === 0) {
    errors.push(userError('INVALID', '总投资应大于 0。', at('totalInvestment', 'amount')));
  }
  required(form?.industry, '请填写所属行业。', 'industry');
  required(form?.constructionContent, '请填写建设内容。', 'constructionContent');

  const investors = form?.investors ?? [];
  if (investors.length === 0) {
    errors.push(userError('REQUIRED', '请至少填写一个外国投资者。', at('investors')));
    return errors;
  }
  investors.forEach((investor, index) => {
    const i = String(index);
    required(investor.name, '请填写投资者名称。', 'investors', i, 'name');
    required(investor.countryOrRegion, '请填写国别（地区）。', 'investors', i, 'countryOrRegion');
    required(investor.sharePercent, '请填写持股比例。', 'investors', i, 'sharePercent');
    if (investor.sharePercent && toHundredths(investor.sharePercent) === 0) {
      errors.push(userError('INVALID', '持股比例应大于 0。', at('investors', i, 'sharePercent')));
    }
  });
  if (investors.every((investor) => investor.sharePercent)) {
    const total = investors.reduce((sum, investor) => sum + toHundredths(investor.sharePercent!), 0);
    if (total !== 10000) {
      const shown = `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`;
      errors.push(userError('INVALID', `外国投资者持股比例合计应为 100%，现为 ${shown}%。`, at('investors')));
    }
  }
  return errors;
}

/** Reads the stored JSON; anything not of the current version reads as empty (no version exists before 1). */
export function readApplicationData(json: unknown): ApplicationData | null {
  if (!json || typeof json !== 'object') return null;
  const data = json as Partial<ApplicationData>;
  if (data.version !== APPLICATION_DATA_VERSION) return null;
  return {
    version: APPLICATION_DATA_VERSION,
    foreignInvestmentProject: data.foreignInvestmentProject ?? null,
  };
}
