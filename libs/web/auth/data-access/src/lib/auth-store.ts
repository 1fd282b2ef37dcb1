import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  ChangePasswordRequest,
  CurrentUser,
  CurrentUserResponse,
  LoginRequest,
  LoginResponse,
  Role,
} from '@bep/contracts';
import { firstValueFrom } from 'rxjs';

/** `unknown` until GET /api/auth/me has answered once. */
export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

interface AuthState {
  user: CurrentUser | null;
  status: AuthStatus;
}

export const AUTH_API = {
  login: '/api/auth/login',
  me: '/api/auth/me',
  logout: '/api/auth/logout',
  password: '/api/auth/password',
} as const;

/**
 * Who is signed in. The session lives in an httpOnly cookie the browser sends by itself, so the
 * client only asks the server (GET /api/auth/me) once, on the first navigation, and then follows
 * login, logout and password changes.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  readonly #http = inject(HttpClient);
  readonly #state = signal<AuthState>({ user: null, status: 'unknown' });
  #loading: Promise<CurrentUser | null> | null = null;

  readonly user = computed(() => this.#state().user);
  readonly status = computed(() => this.#state().status);
  readonly signedIn = computed(() => this.#state().user !== null);
  readonly roles = computed<readonly Role[]>(() => this.#state().user?.roles ?? []);

  /**
   * The current user, asking the server the first time only. A 401 means signed out; any other
   * failure too, but the next call asks again (the server may be back).
   */
  ensureLoaded(): Promise<CurrentUser | null> {
    const { status, user } = this.#state();
    if (status !== 'unknown') {
      return Promise.resolve(user);
    }
    this.#loading ??= firstValueFrom(this.#http.get<CurrentUserResponse>(AUTH_API.me)).then(
      ({ user: current }) => {
        this.#loading = null;
        if (this.#state().status === 'unknown') {
          this.#state.set({ user: current, status: 'signed-in' });
        }
        return this.#state().user;
      },
      (error: unknown) => {
        this.#loading = null;
        const answered = error instanceof HttpErrorResponse && error.status === 401;
        if (this.#state().status === 'unknown') {
          this.#state.set({ user: null, status: answered ? 'signed-out' : 'unknown' });
        }
        return this.#state().user;
      },
    );
    return this.#loading;
  }

  /** Signs in; rejects with the HttpErrorResponse (401 wrong credentials, 429 throttled, ...). */
  async login(email: string, password: string): Promise<CurrentUser> {
    const body: LoginRequest = { email: email.trim(), password };
    const { user } = await firstValueFrom(this.#http.post<LoginResponse>(AUTH_API.login, body));
    this.#state.set({ user, status: 'signed-in' });
    return user;
  }

  /** Ends the session on the server; the client forgets the user even if the server cannot be reached. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.#http.post<void>(AUTH_API.logout, null));
    } catch {
      // 401: the session had already ended. Anything else: the cookie expires on its own.
    } finally {
      this.clear();
    }
  }

  /** Rejects with the HttpErrorResponse: 401 wrong current password, 400 new password refused. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const body: ChangePasswordRequest = { currentPassword, newPassword };
    await firstValueFrom(this.#http.post<void>(AUTH_API.password, body));
    this.#state.update((state) =>
      state.user ? { ...state, user: { ...state.user, mustChangePassword: false } } : state,
    );
  }

  /** The API says the user's password was reset meanwhile: they change it before anything else. */
  requirePasswordChange(): void {
    this.#state.update((state) => (state.user ? { ...state, user: { ...state.user, mustChangePassword: true } } : state));
  }

  /** Whether the signed-in user holds at least one of `roles`. */
  hasAnyRole(...roles: Role[]): boolean {
    const held = this.roles();
    return roles.some((role) => held.includes(role));
  }

  /** Forgets the user (session ended or revoked). */
  clear(): void {
    this.#state.set({ user: null, status: 'signed-out' });
  }
}
