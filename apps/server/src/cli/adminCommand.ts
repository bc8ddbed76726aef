import { Command } from 'commander';
import { openSqliteDatabase, Stores } from '@plenary/storage';
import { AccountService } from '../accounts/AccountService.js';
import { DisplayName, Email, Password } from '@plenary/api/requests';
import { loadConfig } from '../config.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import { readPassword } from './readPassword.js';

/** `plenary admin create --email …`: the first (or another) administrator, from the CLI. */
export function createAdminCommand(): Command {
  const admin = new Command('admin').description('manage administrator accounts');
  admin
    .command('create')
    .description('create an administrator; the password is prompted for, or read from stdin')
    .requiredOption('--email <email>', 'email address used to sign in')
    .option('--name <name>', 'display name', 'Administrator')
    .option('-d, --data-dir <dir>', 'data directory (overrides DATA_DIR)')
    .action(async (options: { email: string; name: string; dataDir?: string }) => {
      const config = loadConfig({
        ...process.env,
        ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      });
      const stores = new Stores(await openSqliteDatabase(config.dataDir));
      try {
        const email = validate(Email, options.email, 'email');
        const displayName = validate(DisplayName, options.name, 'name');
        const password = validate(
          Password,
          await readPassword(`Password for ${email}: `),
          'password',
        );
        const user = await new AccountService(stores).createUser({
          email,
          displayName,
          password,
          isAdmin: true,
        });
        process.stdout.write(`Created administrator ${user.email}.\n`);
      } catch (error) {
        if (error instanceof AppError) throw new Error(error.message);
        throw error;
      } finally {
        await stores.close();
      }
    });
  return admin;
}
