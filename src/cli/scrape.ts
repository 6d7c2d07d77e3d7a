import { InputError } from './inputs';
import { runScrape } from './run-scrape';

/** Entry point of `npm run -s scrape`: prints the judgement, or one line and exit 2 on unreadable input. */
try {
  process.stdout.write(`${runScrape(process.argv.slice(2))}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`scrape: ${message.split('\n')[0]}\n`);
  process.exit(error instanceof InputError ? 2 : 1);
}
