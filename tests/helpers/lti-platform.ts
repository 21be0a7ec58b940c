import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JSONWebKeySet, type JWTPayload } from 'jose';

/**
 * An LTI 1.3 platform (what Moodle or Canvas is to the tool) as a real HTTP server: an OIDC
 * authorization endpoint that answers with the auto-submitting form_post page a platform sends,
 * a JWKS, an OAuth token endpoint that checks the tool's signed client assertion against the
 * tool's own JWKS, and an AGS line item that takes scores; RS256 keys made by jose. Tests steer
 * what the next id_token says, and can take the gradebook down.
 */

export type LmsUser = { sub: string; name: string; email: string; roles: string[] };
export type LmsLaunch = { user: LmsUser; context: { id: string; title: string }; resourceLinkId: string; targetLinkUri?: string; graded?: boolean };
export type ReceivedScore = { lineItem: string; body: Record<string, unknown> };

/** What the next id_token gets wrong, for the negative cases. */
export type Tampering = {
  claims?: Partial<JWTPayload> & Record<string, unknown>;
  /** Sign with a key the JWKS does not publish, under the published key's id. */
  strayKey?: boolean;
};

type KeyPair = { kid: string; privateKey: CryptoKey; publicJwk: Record<string, unknown> };

export const instructorRole = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
export const learnerRole = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const claim = 'https://purl.imsglobal.org/spec/lti/claim/';

export class LtiPlatform {
  readonly clientId = 'netprep-client-1';
  readonly deploymentId = 'deployment-1';
  jwksRequests = 0;
  tokenRequests = 0;
  readonly scores: ReceivedScore[] = [];
  /** While true, the token and score endpoints answer 503, as an LMS under maintenance does. */
  down = false;
  private tokens = new Set<string>();
  private toolKeys!: () => Promise<JSONWebKeySet>;
  private key!: KeyPair;
  private server!: Server;
  private origin = '';
  /** login_hint → the launch the authorization endpoint answers with. */
  private launches = new Map<string, LmsLaunch>();
  private tampering: Tampering = {};

  /** `toolKeys` reads the tool's JWKS, as the LMS fetches it from the URL it was given. */
  static async start(toolKeys: () => Promise<JSONWebKeySet>): Promise<LtiPlatform> {
    const platform = new LtiPlatform();
    platform.toolKeys = toolKeys;
    platform.key = await newKeyPair();
    platform.server = createServer((request, response) => {
      readBody(request)
        .then((body) => platform.handle(request, body))
        .then(
          ({ status, type, body }) => response.writeHead(status, { 'content-type': type }).end(body),
          (error: Error) => response.writeHead(500).end(error.message),
        );
    });
    await new Promise<void>((resolve) => platform.server.listen(0, '127.0.0.1', resolve));
    platform.origin = `http://127.0.0.1:${(platform.server.address() as AddressInfo).port}`;
    return platform;
  }

  get issuer() {
    return this.origin;
  }

  get registration() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentIds: [this.deploymentId],
      authUrl: `${this.origin}/auth`,
      tokenUrl: `${this.origin}/token`,
      jwksUrl: `${this.origin}/jwks`,
    };
  }

  /** The parameters the LMS sends the browser to the tool's login URL with. */
  initiation(loginHint: string, launch: LmsLaunch) {
    this.launches.set(loginHint, launch);
    return {
      iss: this.issuer,
      login_hint: loginHint,
      target_link_uri: launch.targetLinkUri ?? 'http://netprep.test/',
      client_id: this.clientId,
      lti_message_hint: `msg-${loginHint}`,
    };
  }

  tamperNext(tampering: Tampering) {
    this.tampering = tampering;
  }

  /** A new signing key; the old one leaves the JWKS at once, as a careless platform would do. */
  async rotateKey() {
    this.key = await newKeyPair();
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  lineItemUrl(contextId: string) {
    return `${this.origin}/contexts/${contextId}/lineitems/1?type=exam`;
  }

  private async handle(request: IncomingMessage, body: string): Promise<{ status: number; type: string; body: string }> {
    const url = new URL(request.url ?? '/', this.origin);
    if (url.pathname === '/jwks') {
      this.jwksRequests++;
      return { status: 200, type: 'application/json', body: JSON.stringify({ keys: [this.key.publicJwk] }) };
    }
    if (url.pathname === '/auth') return this.authorize(url.searchParams);
    if (this.down) return { status: 503, type: 'text/plain', body: 'down for maintenance' };
    if (url.pathname === '/token' && request.method === 'POST') return this.token(new URLSearchParams(body));
    const scores = /^\/contexts\/[^/]+\/lineitems\/1\/scores$/.exec(url.pathname);
    if (scores && request.method === 'POST') {
      if (!this.tokens.has((request.headers.authorization ?? '').replace(/^Bearer /, ''))) return { status: 401, type: 'text/plain', body: 'bad token' };
      if (request.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return { status: 415, type: 'text/plain', body: 'score media type' };
      this.scores.push({ lineItem: `${this.origin}${url.pathname.replace(/\/scores$/, '')}${url.search}`, body: JSON.parse(body) });
      return { status: 204, type: 'text/plain', body: '' };
    }
    return { status: 404, type: 'text/plain', body: 'not found' };
  }

  /** Client credentials with a JWT assertion (LTI Advantage security 4.1), verified against the tool's published keys. */
  private async token(form: URLSearchParams) {
    this.tokenRequests++;
    if (form.get('grant_type') !== 'client_credentials' || form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return { status: 400, type: 'application/json', body: JSON.stringify({ error: 'unsupported_grant_type' }) };
    }
    try {
      await jwtVerify(form.get('client_assertion') ?? '', createLocalJWKSet(await this.toolKeys()), {
        issuer: this.clientId,
        subject: this.clientId,
        audience: `${this.origin}/token`,
        algorithms: ['RS256'],
        requiredClaims: ['jti', 'exp', 'iat'],
      });
    } catch {
      return { status: 401, type: 'application/json', body: JSON.stringify({ error: 'invalid_client' }) };
    }
    const token = crypto.randomUUID();
    this.tokens.add(token);
    return {
      status: 200,
      type: 'application/json',
      body: JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') }),
    };
  }

  /** The OIDC authorization endpoint: checks the request as a platform does, then posts the id_token back. */
  private async authorize(query: URLSearchParams) {
    const launch = this.launches.get(query.get('login_hint') ?? '');
    const expected = { scope: 'openid', response_type: 'id_token', response_mode: 'form_post', prompt: 'none', client_id: this.clientId };
    const wrong = Object.entries(expected).find(([name, value]) => query.get(name) !== value);
    if (!launch || wrong || !query.get('nonce') || !query.get('state') || query.get('lti_message_hint') !== `msg-${query.get('login_hint')}`) {
      return { status: 400, type: 'text/plain', body: `invalid authorization request${wrong ? `: ${wrong[0]}` : ''}` };
    }
    const idToken = await this.idToken(launch, query.get('nonce')!);
    const form = `<form method="post" action="${query.get('redirect_uri')}"><input type="hidden" name="id_token" value="${idToken}"><input type="hidden" name="state" value="${query.get('state')}"></form><script>document.forms[0].submit()</script>`;
    return { status: 200, type: 'text/html', body: form };
  }

  private async idToken(launch: LmsLaunch, nonce: string): Promise<string> {
    const { claims = {}, strayKey = false } = this.tampering;
    this.tampering = {};
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: this.issuer,
      aud: this.clientId,
      sub: launch.user.sub,
      iat: now,
      exp: now + 300,
      nonce,
      name: launch.user.name,
      email: launch.user.email,
      [`${claim}message_type`]: 'LtiResourceLinkRequest',
      [`${claim}version`]: '1.3.0',
      [`${claim}deployment_id`]: this.deploymentId,
      [`${claim}target_link_uri`]: launch.targetLinkUri ?? 'http://netprep.test/',
      [`${claim}roles`]: launch.user.roles,
      [`${claim}context`]: launch.context,
      [`${claim}resource_link`]: { id: launch.resourceLinkId, title: 'Netprep' },
      ...(launch.graded
        ? {
            'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
              scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/lineitem', 'https://purl.imsglobal.org/spec/lti-ags/scope/score'],
              lineitem: this.lineItemUrl(launch.context.id),
              lineitems: `${this.origin}/contexts/${launch.context.id}/lineitems`,
            },
          }
        : {}),
      ...claims,
    };
    const signer = strayKey ? (await newKeyPair()).privateKey : this.key.privateKey;
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: this.key.kid, typ: 'JWT' }).sign(signer);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function newKeyPair(): Promise<KeyPair> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = crypto.randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** The id_token and state out of the platform's auto-submitting form, as a browser would post them. */
export function formFields(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
  const fields = Object.fromEntries([...html.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((match) => [match[1], match[2]]));
  return { action, fields };
}
