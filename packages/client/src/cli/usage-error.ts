/** A command line the CLI cannot run: wrong options, missing configuration. Exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
