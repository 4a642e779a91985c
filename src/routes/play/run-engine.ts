// What a run needs once it starts: the question generator, the run's state and the question view.
// The play page loads this beside the fact set (which it must fetch anyway), so a first visit or a
// shared link paints and hydrates with less script; the first question waits for both, in parallel.
export { generateQuiz } from '$lib/quiz';
export { RunState } from '$lib/state/run.svelte';
export { default as QuestionView } from '$lib/components/QuestionView.svelte';
