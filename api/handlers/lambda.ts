// AWS Lambda entry: API Gateway HTTP API v2 (or a function URL) → Apollo.
// Everything here runs once per container; each request gets a fresh context.
import { handlers, startServerAndCreateLambdaHandler } from "@as-integrations/aws-lambda";
import { authConfigFromEnv } from "../auth/verifier";
import { createContext } from "../context";
import { createApolloServer } from "../server";
import { dbFromEnv } from "../store/dynamo";

const db = dbFromEnv();
const auth = authConfigFromEnv();

export const handler = startServerAndCreateLambdaHandler(createApolloServer(), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: ({ event }) => createContext(db, auth, event.headers?.authorization ?? event.headers?.Authorization),
});
