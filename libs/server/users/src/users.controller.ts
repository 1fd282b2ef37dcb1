import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  createUserRequestSchema,
  createUserResponseSchema,
  updateUserRequestSchema,
  userListSchema,
  userQuerySchema,
  userSchema,
  type CreateUserRequest,
  type CreateUserResponse,
  type UpdateUserRequest,
  type User,
  type UserList,
  type UserQuery,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { ApiInvalidInput, Allow, openApiSchema, PROBLEM_SCHEMA, ZodValidationPipe } from '@bep/server/core/http';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Allow('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts by name, filtered by text, role and activity, paginated' })
  @ApiResponse({ status: 200, schema: openApiSchema(userListSchema) })
  @ApiInvalidInput()
  list(@Query(new ZodValidationPipe(userQuerySchema)) query: UserQuery): Promise<UserList> {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create an account with a temporary password, to be changed at first sign-in' })
  @ApiInvalidInput()
  @ApiBody({ schema: openApiSchema(createUserRequestSchema), examples: { finance: { value: { email: 'compta@bep.be', name: 'Service comptable', roles: ['finance'], consultantId: null } } } })
  @ApiResponse({ status: 201, schema: openApiSchema(createUserResponseSchema) })
  @ApiResponse({ status: 409, description: 'An account already uses the e-mail', schema: PROBLEM_SCHEMA })
  create(@Body(new ZodValidationPipe(createUserRequestSchema)) body: CreateUserRequest, @RequestActor() actor: Actor): Promise<CreateUserResponse> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, roles, consultant link or activity (deactivation ends the sessions at once)' })
  @ApiInvalidInput()
  @ApiBody({ schema: openApiSchema(updateUserRequestSchema), examples: { deactivate: { value: { active: false } } } })
  @ApiResponse({ status: 200, schema: openApiSchema(userSchema) })
  @ApiResponse({ status: 404, description: 'No such user', schema: PROBLEM_SCHEMA })
  @ApiResponse({ status: 422, description: 'The change breaks a rule (e.g. an admin deactivating themselves)', schema: PROBLEM_SCHEMA })
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(updateUserRequestSchema)) body: UpdateUserRequest,
    @RequestActor() actor: Actor,
  ): Promise<User> {
    return this.users.update(id, body, actor);
  }
}
