export interface ReferenceCommune {
  nis: string;
  name: string;
  arrondissement: string;
  postalCode: string;
  population: number;
  populationDate: string;
  latitude: number;
  longitude: number;
  eligible: boolean;
}

const COLUMNS = ['nis', 'name', 'arrondissement', 'postal_code', 'population', 'population_date', 'lat', 'lon', 'eligible'];

/** Parses the Statbel reference file; any malformed line is an error, never a silently skipped row. */
export function parseCommunesTsv(tsv: string): ReferenceCommune[] {
  const [header, ...lines] = tsv.trim().split('\n');
  if (header?.trim() !== COLUMNS.join('\t')) {
    throw new Error(`Unexpected communes header: ${header}`);
  }
  return lines.map((line, index) => {
    const cells = line.trim().split('\t');
    const [nis, name, arrondissement, postalCode, population, populationDate, lat, lon, eligible] = cells;
    const row = {
      nis: nis ?? '',
      name: name ?? '',
      arrondissement: arrondissement ?? '',
      postalCode: postalCode ?? '',
      population: Number(population),
      populationDate: populationDate ?? '',
      latitude: Number(lat),
      longitude: Number(lon),
      eligible: eligible === 'true',
    };
    const valid =
      cells.length === COLUMNS.length &&
      /^\d{5}$/.test(row.nis) &&
      /^\d{4}$/.test(row.postalCode) &&
      row.name !== '' &&
      Number.isInteger(row.population) &&
      Number.isFinite(row.latitude) &&
      Number.isFinite(row.longitude) &&
      (eligible === 'true' || eligible === 'false');
    if (!valid) {
      throw new Error(`Malformed communes line ${index + 2}: ${line}`);
    }
    return row;
  });
}
