import { S3_EVENTS_PATH } from './s3-events-route.ts';
import { TWILIO_PATH } from './twilio-route.ts';
import { UPLOAD_PATH } from './upload-route.ts';

export const OPENAPI_PATH = '/v1/openapi.json';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const idHeader = (name: string, description: string) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } });

/** The OpenAPI 3.1 description of the intake doors, served as-is at /v1/openapi.json. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Quietline intake',
      version: '1.0.0',
      description:
        'Doors through which phone systems hand voicemails to Quietline. Every door produces the same voicemail record and pipeline. Responses carry the voicemail id or a reason code, never message content.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      [UPLOAD_PATH]: {
        post: {
          operationId: 'uploadVoicemail',
          summary: 'Upload one voicemail recording',
          description:
            'multipart/form-data with a "file" part and practice/mailbox/caller/sourceId fields, or the raw audio as the body with X-Quietline-* headers. Deduplicated per practice and mailbox by sourceId (X-Quietline-Source-Id), else by the SHA-256 of the audio. An HMAC-signed request must name its practice in X-Quietline-Practice.',
          security: [{ apiKey: [] }, { hmacSignature: [], practiceHeader: [] }],
          parameters: [
            idHeader('X-Quietline-Practice', 'Practice id; defaults to the API key\'s practice.'),
            idHeader('X-Quietline-Mailbox', 'Mailbox id (raw body form).'),
            idHeader('X-Quietline-Caller', 'Caller number as the phone system gave it.'),
            idHeader('X-Quietline-Source-Id', 'Client identity of the recording for deduplication (1-200 printable ASCII).'),
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file', 'mailbox'],
                  properties: {
                    file: { type: 'string', contentMediaType: 'audio/*', description: 'The recording.' },
                    practice: { type: 'string' },
                    mailbox: { type: 'string' },
                    caller: { type: 'string' },
                    sourceId: { type: 'string' },
                  },
                },
                encoding: { file: { contentType: 'audio/*, application/octet-stream' } },
              },
              'audio/*': { schema: { type: 'string', contentMediaType: 'audio/*' } },
              'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          },
          responses: {
            '201': { description: 'Registered.', content: { 'application/json': { schema: { $ref: '#/components/schemas/VoicemailId' } } } },
            '200': { description: 'Already registered (duplicate).', content: { 'application/json': { schema: { $ref: '#/components/schemas/VoicemailId' } } } },
            '400': error('Malformed request (reason code in "error").'),
            '401': error('Missing or wrong API key or signature.'),
            '403': error('The practice named is not the key\'s practice.'),
            '413': error('Body larger than the configured limit (default 50 MB).'),
            '415': error('Body is neither multipart/form-data nor audio.'),
            '422': error('No such practice/mailbox.'),
            '429': {
              description: 'Rate limit of this API key or practice reached.',
              headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
            },
          },
        },
      },
      [S3_EVENTS_PATH]: {
        post: {
          operationId: 's3Event',
          summary: 'S3 event notification (SNS HTTP subscription or MinIO webhook)',
          description:
            'Amazon SNS messages (x-amz-sns-message-type header; SubscriptionConfirmation is confirmed, signatures v1/v2 are verified) wrapping S3 event JSON, or plain S3 event JSON from a MinIO webhook (optional Bearer token). An event only makes Quietline look at the named incoming/ key now.',
          security: [{}, { minioToken: [] }],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { type: 'string', description: 'SNS message JSON.' } },
              'application/json': { schema: { type: 'object', description: 'S3 event notification (Records[]).' } },
            },
          },
          responses: {
            '200': { description: 'Handled.', content: { 'application/json': { schema: { type: 'object' } } } },
            '400': error('Not an SNS message or S3 event.'),
            '401': error('Wrong MinIO token.'),
            '403': error('SNS signature, certificate URL or topic refused.'),
            '404': error('This kind of event is not enabled.'),
            '502': error('The subscription could not be confirmed.'),
          },
        },
      },
      [TWILIO_PATH]: {
        post: {
          operationId: 'twilioRecording',
          summary: 'Twilio <Record> action / RecordingStatusCallback',
          description:
            'Form-encoded Twilio webhook, verified with X-Twilio-Signature. The recording is fetched from RecordingUrl (allow-listed) and deduplicated by RecordingSid. The mailbox comes from the practice and mailbox query parameters or from the called number.',
          security: [{ twilioSignature: [] }],
          parameters: [
            { name: 'practice', in: 'query', required: false, schema: { type: 'string' } },
            { name: 'mailbox', in: 'query', required: false, schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  required: ['AccountSid', 'RecordingSid', 'RecordingUrl'],
                  properties: {
                    AccountSid: { type: 'string' },
                    RecordingSid: { type: 'string' },
                    RecordingUrl: { type: 'string', format: 'uri' },
                    RecordingStatus: { type: 'string' },
                    RecordingStartTime: { type: 'string' },
                    From: { type: 'string' },
                    To: { type: 'string' },
                  },
                },
              },
            },
          },
          responses: {
            '200': { description: 'Empty TwiML.', content: { 'text/xml': { schema: { type: 'string' } } } },
            '400': error('Missing or disallowed recording reference.'),
            '403': error('Signature does not verify.'),
            '422': error('No mailbox for this number.'),
            '502': error('The recording could not be fetched.'),
          },
        },
      },
      [OPENAPI_PATH]: {
        get: {
          operationId: 'openApi',
          summary: 'This document',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: {
        VoicemailId: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string', pattern: '^vm[0-9a-f]{26}$' } } },
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string', description: 'PHI-free reason code.' } } },
      },
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'Per-practice API key; the server stores only its SHA-256.' },
        hmacSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Quietline-Signature',
          description: 't=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>; 5 minutes tolerance.',
        },
        practiceHeader: { type: 'apiKey', in: 'header', name: 'X-Quietline-Practice', description: 'Practice whose HMAC secret signed the request.' },
        minioToken: { type: 'http', scheme: 'bearer', description: 'MinIO webhook auth_token.' },
        twilioSignature: { type: 'apiKey', in: 'header', name: 'X-Twilio-Signature', description: 'Twilio request signature (HMAC-SHA1 with the auth token).' },
      },
    },
  };
}
