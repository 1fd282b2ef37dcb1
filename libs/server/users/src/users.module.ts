import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { AuthModule } from '@bep/server/core/auth';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersModule {}
