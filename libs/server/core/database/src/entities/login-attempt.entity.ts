import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, kept to throttle repeated failures per account and per address. */
@Entity({ name: 'login_attempt' })
@Index('login_attempt_email_idx', ['email', 'attemptedAt'])
@Index('login_attempt_ip_idx', ['ip', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** Lower-cased as typed, whether or not an account has it. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
