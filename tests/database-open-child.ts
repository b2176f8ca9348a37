import { DatabaseOpenError, openDatabase } from '../src/store/database.js';

/**
 * Opens the database named on the command line and prints what happened as one JSON line; the test
 * runs it as another user, since permissions mean nothing to root.
 */
const [path = ''] = process.argv.slice(2);
try {
  openDatabase(path).close();
  process.stdout.write(JSON.stringify({ opened: true }));
} catch (error) {
  const typed = error instanceof DatabaseOpenError;
  process.stdout.write(JSON.stringify({ opened: false, typed, reason: typed ? error.reason : undefined, message: (error as Error).message }));
}
