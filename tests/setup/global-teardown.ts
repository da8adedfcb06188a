// Stops the DynamoDB Local that global-setup started: no JVM outlives the test run.
export default async function globalTeardown(): Promise<void> {
  await globalThis.__gridnetDynamo?.stop();
  globalThis.__gridnetDynamo = undefined;
}
