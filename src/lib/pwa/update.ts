// Noticing that a new version of the app is ready, so the page can offer a reload (never force one).

/** Something that sends events of `type`, as a DOM `EventTarget` does. */
export interface EventSourceLike<Type extends string> {
	addEventListener(type: Type, listener: () => void): void;
	removeEventListener(type: Type, listener: () => void): void;
}

/** The parts of a `ServiceWorker` this needs. */
export interface WorkerLike extends EventSourceLike<'statechange'> {
	readonly state: string;
}

/** The parts of a `ServiceWorkerRegistration` this needs. */
export interface RegistrationLike extends EventSourceLike<'updatefound'> {
	readonly waiting: object | null;
	readonly installing: WorkerLike | null;
}

/** The parts of `navigator.serviceWorker` this needs. */
export interface WorkerContainerLike extends EventSourceLike<'controllerchange'> {
	readonly controller: object | null;
	readonly ready: Promise<RegistrationLike>;
}

/** The parts of `navigator` this needs; `serviceWorker` is missing outside secure contexts. */
export interface NavigatorLike {
	readonly serviceWorker?: WorkerContainerLike;
}

/**
 * Calls `onUpdate` once, when a new service worker is ready to replace the one that controls
 * this page: it is waiting, it has installed, or it has taken control. The first worker to
 * control a page that had none is no update. Returns a function that stops watching.
 */
export function watchForUpdate(nav: NavigatorLike, onUpdate: () => void): () => void {
	const container = nav.serviceWorker;
	if (!container) return () => {};
	const cleanups: (() => void)[] = [];
	let stopped = false;
	let notified = false;
	const notify = () => {
		if (stopped || notified) return;
		notified = true;
		onUpdate();
	};
	function listen<Type extends string>(
		target: EventSourceLike<Type>,
		type: Type,
		listener: () => void
	) {
		target.addEventListener(type, listener);
		cleanups.push(() => target.removeEventListener(type, listener));
	}
	const controlled = () => container.controller !== null;

	let hadController = controlled();
	listen(container, 'controllerchange', () => {
		if (hadController) notify();
		hadController = true;
	});
	void container.ready.then((registration) => {
		if (stopped) return;
		if (registration.waiting && controlled()) notify();
		listen(registration, 'updatefound', () => {
			const worker = registration.installing;
			if (!worker) return;
			listen(worker, 'statechange', () => {
				if (worker.state === 'installed' && controlled()) notify();
			});
		});
	});
	return () => {
		stopped = true;
		for (const cleanup of cleanups.splice(0)) cleanup();
	};
}
