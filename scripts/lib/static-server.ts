// A static host for build/ on 127.0.0.1, as a CDN would serve it: directory URLs end in '/',
// text is gzipped, hashed files under _app/immutable/ are cached for a year and the rest revalidated.
// It serves a snapshot of build/ taken when it starts, so a rebuild meanwhile changes nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, snapshotBuild } from './build-output.ts';

export interface StaticServer {
	/** The site's root URL, ending in '/'. */
	url: string;
	port: number;
	/** The snapshot of build/ being served: read the build from here, not from build/. */
	dir: string;
	/** Stops the server and deletes the snapshot. */
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;
/** Like Vite's preview and most hosts: tiny files are not worth compressing. */
const GZIP_THRESHOLD = 1024;
/** How many ports after the asked one to try when it is taken. */
const PORT_TRIES = 10;

/** Serves a snapshot of `dir` on 127.0.0.1 from `port` (or the next free one). */
export async function serveBuild(port: number, dir = BUILD_DIR): Promise<StaticServer> {
	const snapshot = snapshotBuild(dir);
	const root = resolve(snapshot.dir);
	const gzipped = new Map<string, Buffer>();
	const server = createServer((request, response) => handle(root, gzipped, request, response));
	try {
		await listenFrom(server, port);
	} catch (error) {
		snapshot.remove();
		throw error;
	}
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actual}/`,
		port: actual,
		dir: root,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => {
					snapshot.remove();
					done();
				});
			})
	};
}

/** Listens on `port`, or the next free one of PORT_TRIES. */
async function listenFrom(server: Server, port: number): Promise<void> {
	for (let tried = 0; ; tried++) {
		try {
			return await listen(server, port + tried);
		} catch (error) {
			const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
			if (!taken || tried + 1 >= PORT_TRIES) throw error;
		}
	}
}

function listen(server: Server, port: number): Promise<void> {
	return new Promise((done, fail) => {
		const onError = (error: Error) => fail(error);
		server.once('error', onError);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', onError);
			done();
		});
	});
}

function handle(
	root: string,
	gzipped: Map<string, Buffer>,
	request: IncomingMessage,
	response: ServerResponse
): void {
	const url = new URL(request.url ?? '/', 'http://127.0.0.1');
	let pathname: string;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		return void send(response, 400, 'Bad request');
	}
	const path = resolve(join(root, pathname));
	if (path !== root && !path.startsWith(root + sep)) return void send(response, 403, 'Forbidden');
	if (existsSync(path) && statSync(path).isDirectory()) {
		if (!pathname.endsWith('/')) {
			response.writeHead(308, { Location: `${url.pathname}/${url.search}` });
			return void response.end();
		}
		return void serveFile(join(path, 'index.html'), gzipped, request, response);
	}
	serveFile(path, gzipped, request, response);
}

function serveFile(
	path: string,
	gzipped: Map<string, Buffer>,
	request: IncomingMessage,
	response: ServerResponse
): void {
	if (!existsSync(path) || !statSync(path).isFile()) return void send(response, 404, 'Not found');
	const type = TYPES[extname(path)] ?? 'application/octet-stream';
	let body: Buffer = readFileSync(path);
	const headers: Record<string, string> = {
		'Content-Type': type,
		'Cache-Control': path.includes(`${sep}_app${sep}immutable${sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		Vary: 'Accept-Encoding'
	};
	const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	if (acceptsGzip && COMPRESSIBLE.test(type) && body.length >= GZIP_THRESHOLD) {
		let packed = gzipped.get(path);
		if (!packed) gzipped.set(path, (packed = gzipSync(body, { level: 6 })));
		body = packed;
		headers['Content-Encoding'] = 'gzip';
	}
	headers['Content-Length'] = String(body.length);
	response.writeHead(200, headers);
	response.end(request.method === 'HEAD' ? undefined : body);
}

function send(response: ServerResponse, status: number, text: string): void {
	response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
	response.end(text);
}
