// Every page is prerendered into a static file; nothing runs on a server.
export const prerender = true;
export const trailingSlash = 'always';
