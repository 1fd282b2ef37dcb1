import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  markNotificationsReadRequestSchema,
  notificationPageSchema,
  notificationQuerySchema,
  type CurrentUser as CurrentUserContract,
  type MarkNotificationsReadRequest,
  type NotificationPage,
  type NotificationQuery,
} from '@bep/contracts';
import { CurrentUser } from '@bep/server/core/auth';
import { ApiProblem, openApiSchema, ParsedQuery, SignedIn, ZodValidationPipe } from '@bep/server/core/http';
import { NotificationsService } from './notifications.service';

/** Each signed-in user reads and marks their own notifications, whatever their roles. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: "The signed-in user's notifications, newest first, paginated, with how many of theirs are unread in all (`unread`)" })
  @ApiResponse({
    status: 200,
    schema: openApiSchema(notificationPageSchema),
    example: {
      items: [
        {
          id: '9a7c5e3b-1d2f-4a6b-8c0e-2f4a6c8e0b13',
          reminderId: '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24',
          title: 'Diagnostic à planifier : Gembloux',
          body: 'Le diagnostic demandé par Gembloux n’a pas encore de date.',
          link: '/communes/92142',
          createdAt: '2019-05-27T06:00:02.000Z',
          readAt: null,
        },
      ],
      total: 1,
      unread: 1,
      limit: 50,
      offset: 0,
    },
  })
  @ApiProblem(400)
  list(@ParsedQuery(notificationQuerySchema) query: NotificationQuery, @CurrentUser() user: CurrentUserContract): Promise<NotificationPage> {
    return this.notifications.list(user.id, query);
  }

  @Post('read')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark some of my notifications as read (ids of anyone else\'s are ignored), or all of mine when `ids` is left out' })
  @ApiBody({
    schema: openApiSchema(markNotificationsReadRequestSchema, 'input'),
    examples: {
      some: { summary: 'These ones', value: { ids: ['9a7c5e3b-1d2f-4a6b-8c0e-2f4a6c8e0b13'] } },
      all: { summary: 'All of mine', value: {} },
    },
  })
  @ApiResponse({ status: 204, description: 'Marked' })
  @ApiProblem(400)
  async markRead(
    // No body at all reads as `{}`: all of mine.
    @Body(new ZodValidationPipe(markNotificationsReadRequestSchema.optional())) body: MarkNotificationsReadRequest | undefined,
    @CurrentUser() user: CurrentUserContract,
  ): Promise<void> {
    await this.notifications.markRead(user.id, body?.ids);
  }
}
