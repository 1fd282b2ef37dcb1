/**
 * The complete official e-invoice rules (EN 16931 by CEN, then Peppol BIS Billing 3.0), run on a
 * UBL document from a test. The rules are the compiled Schematron that the official validators
 * run (`shared/peppol/README.md`), loaded by SaxonJS from the folder in `PEPPOL_RULES_DIR`, which
 * `.ci/run` sets. Missing rules fail loudly: a UBL test that quietly skips its validation would
 * prove nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RuleFailure {
  /** The rule's id, e.g. `BR-CO-15` or `PEPPOL-EN16931-R120`. */
  id: string;
  text: string;
  /** XPath of the element that broke it. */
  location: string;
}

export interface PeppolValidation {
  fatal: RuleFailure[];
  warnings: RuleFailure[];
}

/** Order matters only for reading the report: the CEN rules first, as the official validators do. */
const RULE_SETS = ['CEN-EN16931-UBL.sef.json', 'PEPPOL-EN16931-UBL.sef.json'];

/** The part of SaxonJS 2.7 that the validation uses (the package ships no type declarations). */
interface SaxonJsApi {
  transform(
    options: { stylesheetInternal: unknown; sourceText: string; destination: 'document' },
    mode: 'sync',
  ): { principalResult: unknown };
  XPath: {
    evaluate(
      xpath: string,
      context: unknown,
      options: { namespaceContext: Record<string, string>; resultForm: 'array'; params?: Record<string, unknown> },
    ): unknown[];
  };
}

// Loaded on first use only, so that importing this helper costs nothing to specs that do not validate.
let saxon: SaxonJsApi | undefined;
const stylesheets = new Map<string, unknown>();

/** The folder of the compiled rules: `PEPPOL_RULES_DIR`, else `shared/peppol/official` beside the checkout. */
export function peppolRulesDir(): string {
  const configured = process.env['PEPPOL_RULES_DIR'];
  if (configured) {
    if (!existsSync(join(configured, RULE_SETS[0]))) {
      throw new Error(`PEPPOL_RULES_DIR=${configured} does not hold the compiled Peppol rules (${RULE_SETS.join(', ')})`);
    }
    return configured;
  }
  // This file is libs/server/billing/src/testing/: five levels up is the checkout, and its parent holds shared/.
  const beside = resolve(__dirname, '../../../../../../shared/peppol/official');
  if (existsSync(join(beside, RULE_SETS[0]))) return beside;
  throw new Error(
    `The official Peppol rules are needed to test the UBL: set PEPPOL_RULES_DIR to the folder holding ${RULE_SETS.join(' and ')} ` +
      `(shared/peppol/official), or place that folder at ${beside}`,
  );
}

function stylesheet(file: string): unknown {
  const path = join(peppolRulesDir(), file);
  let sef = stylesheets.get(path);
  if (sef === undefined) {
    sef = JSON.parse(readFileSync(path, 'utf8'));
    stylesheets.set(path, sef);
  }
  return sef;
}

const SVRL = { svrl: 'http://purl.oclc.org/dsdl/svrl' };
const FAILURES =
  "//svrl:failed-assert ! map { 'id': string(@id), 'flag': string(@flag), 'location': string(@location), 'text': normalize-space(svrl:text) }";

function saxonJs(): SaxonJsApi {
  saxon ??= require('saxon-js') as SaxonJsApi;
  return saxon;
}

/** Runs both official rule sets on a UBL Invoice or CreditNote; every failed assertion is reported. */
export function validatePeppol(xml: string): PeppolValidation {
  const saxon = saxonJs();
  const result: PeppolValidation = { fatal: [], warnings: [] };
  for (const file of RULE_SETS) {
    const { principalResult: report } = saxon.transform({ stylesheetInternal: stylesheet(file), sourceText: xml, destination: 'document' }, 'sync');
    const failures = saxon.XPath.evaluate(FAILURES, report, { namespaceContext: SVRL, resultForm: 'array' }) as Record<string, string>[];
    for (const failure of failures) {
      const entry = { id: failure['id'], text: failure['text'], location: failure['location'] };
      // Anything not marked as a warning blocks delivery (the rules use `fatal`; unmarked counts as fatal).
      (failure['flag'] === 'warning' ? result.warnings : result.fatal).push(entry);
    }
  }
  return result;
}

const UBL = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cn: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
};

/**
 * The string values an XPath selects in a UBL document, with the prefixes `cac`, `cbc`, `inv`
 * (Invoice) and `cn` (CreditNote): `ublValues(xml, '/inv:Invoice/cbc:ID')` -> `['CF-2026-0007']`.
 * For asserting on fields by their place in the document rather than by text search.
 */
export function ublValues(xml: string, path: string): string[] {
  const values = saxonJs().XPath.evaluate(`parse-xml($xml)${path} ! string(.)`, null, {
    namespaceContext: UBL,
    resultForm: 'array',
    params: { xml },
  });
  return values.map(String);
}
