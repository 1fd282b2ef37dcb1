import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A commune of the reference data (Statbel). The NIS code is the natural key. */
@Entity({ name: 'commune' })
// The search's trigram index over an expression, made by its migration (CommuneSearch).
@Index('commune_search_idx', { synchronize: false })
@Check('commune_nis_format', `"nis" ~ '^[0-9]{5}$'`)
@Check('commune_population_positive', `"population" >= 0`)
export class CommuneEntity {
  @PrimaryColumn({ type: 'char', length: 5 })
  nis!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  arrondissement!: string;

  @Column({ name: 'postal_code', type: 'char', length: 4 })
  postalCode!: string;

  @Column({ type: 'integer' })
  population!: number;

  /** Date the population figure refers to (Statbel publishes it on 1 January). */
  @Column({ name: 'population_date', type: 'date' })
  populationDate!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /** Namur is "hors catégorie" and takes no part in the programme. */
  @Column({ type: 'boolean' })
  eligible!: boolean;
}
