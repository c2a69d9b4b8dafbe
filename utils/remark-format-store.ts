import { remarkFormatSchema } from './model';
import { DEFAULT_REMARK_FORMAT } from './remark/default-format';
import { validatedItem } from './validated-item';

/** The shop's remark format in extension storage; the seed convention until a lead changes it. */
const remarkFormat = validatedItem('local:remarkFormat', remarkFormatSchema, DEFAULT_REMARK_FORMAT);

export const { load: loadRemarkFormat, save: saveRemarkFormat, follow: followRemarkFormat } = remarkFormat;
