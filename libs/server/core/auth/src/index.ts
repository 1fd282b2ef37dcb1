export * from './auth.module';
export * from './password';
export * from './request-context';
export * from './route-table';
export * from './session.service';
export type { AuthenticatedRequest, SessionInfo } from './authenticated-user';
export * from './request-authenticator';
