import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type { DraftLineRequest } from '@bep/contracts';
import { lineNetCents } from '@bep/domain';
import { formatScaled, parseBasisPoints, parseCents, parseMilli } from '@bep/web/shared/data-access';

/** A draft's line as its fields hold it: the text finance types. */
export type DraftLineForm = FormGroup<{
  description: FormControl<string>;
  quantity: FormControl<string>;
  unitPrice: FormControl<string>;
  share: FormControl<string>;
}>;

/** A line's values as the API gives or the campaign proposes them. */
export interface DraftLineValues {
  description: string;
  quantityMilli: number;
  unitPriceCents: number;
  shareBp: number;
}

function parsedBy(parse: (text: string) => number | null, error: string, positive = false) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (!control.value) return null;
    const value = parse(control.value);
    return value === null || (positive && value === 0) ? { [error]: true } : null;
  };
}

export function draftLineForm(values: Partial<DraftLineValues> = {}): DraftLineForm {
  const text = (value: number | undefined, decimals: number, keepZeros?: boolean) => (value === undefined ? '' : formatScaled(value, decimals, keepZeros));
  return new FormGroup({
    description: new FormControl(values.description ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    quantity: new FormControl(text(values.quantityMilli ?? 1000, 3), { nonNullable: true, validators: [Validators.required, parsedBy(parseMilli, 'number', true)] }),
    unitPrice: new FormControl(text(values.unitPriceCents, 2), { nonNullable: true, validators: [Validators.required, parsedBy(parseCents, 'amount')] }),
    share: new FormControl(text(values.shareBp ?? 10_000, 2, false), { nonNullable: true, validators: [Validators.required, parsedBy(parseBasisPoints, 'percent')] }),
  });
}

export function draftLinesForm(lines: readonly Partial<DraftLineValues>[]): FormArray<DraftLineForm> {
  return new FormArray(lines.map(draftLineForm), { validators: Validators.minLength(1) });
}

/** The values of a valid line; null while a field does not read as a number. */
export function lineValues(form: DraftLineForm['value']): DraftLineValues | null {
  const quantityMilli = parseMilli(form.quantity ?? '');
  const unitPriceCents = parseCents(form.unitPrice ?? '');
  const shareBp = parseBasisPoints(form.share ?? '');
  if (quantityMilli === null || unitPriceCents === null || shareBp === null) return null;
  return { description: (form.description ?? '').trim(), quantityMilli, unitPriceCents, shareBp };
}

/** What the line comes to, as the API will round it; null while it cannot be read. */
export function lineNet(form: DraftLineForm['value']): number | null {
  const values = lineValues(form);
  return values ? lineNetCents(values) : null;
}

/** The lines of PATCH or POST /api/invoices, each with its price and share stated (the form shows them all). */
export function draftLineRequests(lines: FormArray<DraftLineForm>): DraftLineRequest[] {
  return lines.controls.flatMap((line) => {
    const values = lineValues(line.getRawValue());
    return values ? [values] : [];
  });
}
