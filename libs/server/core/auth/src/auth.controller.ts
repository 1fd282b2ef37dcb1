import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  changePasswordRequestSchema,
  CSRF_COOKIE,
  currentUserResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  SESSION_COOKIE,
  type ChangePasswordRequest,
  type CurrentUser as CurrentUserContract,
  type CurrentUserResponse,
  type LoginRequest,
  type LoginResponse,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { Inject } from '@nestjs/common';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { ApiProblem, openApiSchema, Public, SignedIn, ZodValidationPipe } from '@bep/server/core/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from './auth.service';
import type { SessionInfo } from './authenticated-user';
import { CurrentSession, CurrentUser, RequestActor } from './request-context';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: returns the user and a bearer token, and sets the browser session cookie' })
  @ApiBody({ schema: openApiSchema(loginRequestSchema), examples: { manager: { value: { email: 'manager@bep.demo', password: 'demo-bep-2019' } } } })
  @ApiResponse({ status: 200, schema: openApiSchema(loginResponseSchema) })
  @ApiProblem(400)
  @ApiProblem(401, 'Wrong e-mail or password (the answer does not say which)')
  @ApiProblem(429, 'Too many failures for the account or the address; see Retry-After')
  async login(
    @Body(new ZodValidationPipe(loginRequestSchema)) body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const { user, session } = await this.auth.login(body, {
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      requestId: String(request.id),
    });
    const cookie = { path: '/', sameSite: 'strict' as const, secure: this.config.nodeEnv === 'production', expires: session.expiresAt };
    void reply.setCookie(SESSION_COOKIE, session.accessToken, { ...cookie, httpOnly: true });
    // Readable by the client's script, which echoes it in X-CSRF-Token: a forged cross-site request cannot.
    void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...cookie, httpOnly: false });
    return { user, accessToken: session.accessToken, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  }

  @Post('logout')
  @SignedIn({ whilePasswordChangeRequired: true })
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: ends the session at once' })
  @ApiResponse({ status: 204, description: 'Signed out' })
  async logout(@CurrentSession() session: SessionInfo, @RequestActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(session.id, actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    void reply.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @SignedIn({ whilePasswordChangeRequired: true })
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiResponse({ status: 200, schema: openApiSchema(currentUserResponseSchema) })
  me(@CurrentUser() user: CurrentUserContract): CurrentUserResponse {
    return { user };
  }

  @Post('password')
  @SignedIn({ whilePasswordChangeRequired: true })
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Change one's password (required after a temporary one); other sessions end" })
  @ApiBody({ schema: openApiSchema(changePasswordRequestSchema), examples: { change: { value: { currentPassword: 'demo-bep-2019', newPassword: 'Une phrase de passe assez longue' } } } })
  @ApiResponse({ status: 204, description: 'Changed' })
  @ApiProblem(400)
  @ApiProblem(401, 'The current password is wrong')
  async changePassword(
    @Body(new ZodValidationPipe(changePasswordRequestSchema)) body: ChangePasswordRequest,
    @CurrentUser() user: CurrentUserContract,
    @CurrentSession() session: SessionInfo,
    @RequestActor() actor: Actor,
  ): Promise<void> {
    await this.auth.changePassword(user.id, session.id, body, actor);
  }
}
