// Imported first by the fault-test helpers: the in-process intake and producers stay silent, so the
// only Quietline logs are the child processes', which the tests capture and sweep for PHI.
process.env.LOG_LEVEL ??= 'silent';
