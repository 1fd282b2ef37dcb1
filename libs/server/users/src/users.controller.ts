import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
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
import { Allow, ApiProblem, openApiSchema, ParsedQuery, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
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
  @ApiProblem(400)
  list(@ParsedQuery(userQuerySchema) query: UserQuery): Promise<UserList> {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create an account with a temporary password, to be changed at first sign-in' })
  @ApiBody({ schema: openApiSchema(createUserRequestSchema), examples: { finance: { value: { email: 'compta@bep.be', name: 'Service comptable', roles: ['finance'], consultantId: null } } } })
  @ApiResponse({ status: 201, schema: openApiSchema(createUserResponseSchema) })
  @ApiProblem(400, 'Invalid input, e.g. a consultant account without its consultant (errors name consultantId)')
  @ApiProblem(409, 'An account already uses the e-mail')
  create(@Body(new ZodValidationPipe(createUserRequestSchema)) body: CreateUserRequest, @RequestActor() actor: Actor): Promise<CreateUserResponse> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Correct the e-mail, change name, roles, consultant link or activity (deactivation ends the sessions at once)' })
  @ApiBody({
    schema: openApiSchema(updateUserRequestSchema),
    examples: { deactivate: { value: { active: false } }, correctEmail: { value: { email: 'marie.dupont@bep.be' } } },
  })
  @ApiResponse({ status: 200, schema: openApiSchema(userSchema) })
  @ApiProblem(400)
  @ApiProblem(404, 'No such user')
  @ApiProblem(409, 'Another account already uses the e-mail (regardless of case)')
  @ApiProblem(422, 'The change breaks a rule: an admin deactivating themselves, a consultant account without its consultant (errors name consultantId)')
  update(
    @UuidParam() id: string,
    @Body(new ZodValidationPipe(updateUserRequestSchema)) body: UpdateUserRequest,
    @RequestActor() actor: Actor,
  ): Promise<User> {
    return this.users.update(id, body, actor);
  }
}
