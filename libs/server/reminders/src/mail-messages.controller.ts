import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { mailMessagePageSchema, mailMessageQuerySchema, type CurrentUser as CurrentUserContract, type MailMessagePage, type MailMessageQuery } from '@bep/contracts';
import { CurrentUser } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery } from '@bep/server/core/http';
import { MailMessagesService } from './mail-messages.service';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('mail-messages')
export class MailMessagesController {
  constructor(private readonly messages: MailMessagesService) {}

  @Get()
  @Allow('manager', 'admin')
  @ApiOperation({
    summary: 'The e-mails as they left (the "Boîte d\'envoi"), newest first, paginated',
    description:
      'Through SMTP (`transport: smtp`) or kept in the in-app outbox when no SMTP server is configured (`transport: outbox`). `html` is the message as sent: show it in a sandboxed iframe, never inside the page. A commune\'s questionnaire link is whole only in the outbox and only for managers: a message that left by SMTP is kept without the token (`…/questionnaire#…`), and an administrator reads every link so.',
  })
  @ApiResponse({
    status: 200,
    schema: openApiSchema(mailMessagePageSchema),
    example: {
      items: [
        {
          id: '0e4f6a8c-2b1d-4c3e-9f5a-7d8b6c4e2a10',
          reminderId: '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24',
          transport: 'outbox',
          from: 'BEP Transition numérique <rappels@bep.demo>',
          to: [{ name: 'Élise Martin', email: 'elise.martin@viroinval.be' }],
          subject: 'Rappel : questionnaire de la radioscopie numérique',
          text: 'Bonjour,\n\n…',
          html: '<!doctype html><html lang="fr">…</html>',
          sentAt: '2019-05-13T06:00:04.000Z',
        },
      ],
      total: 1,
      limit: 50,
      offset: 0,
    },
  })
  @ApiProblem(400)
  list(@ParsedQuery(mailMessageQuerySchema) query: MailMessageQuery, @CurrentUser() user: CurrentUserContract): Promise<MailMessagePage> {
    // Only a manager, who may issue a commune's questionnaire link anyway, reads one whole.
    return this.messages.list(query, { linksWhole: user.roles.includes('manager') });
  }
}
