import { el } from "../dom.js";
import { href, type Route } from "../route.js";

/** Inputs for a view's filters; submitting navigates, so the filters live in the URL and the back button undoes them. */
const inputTypes: Readonly<Record<string, string>> = { from: "date", to: "date", main: "checkbox" };

function filterInput(route: Route, name: string): HTMLInputElement {
  const type = inputTypes[name] ?? "text";
  const value = route.params.get(name) ?? "";
  const input = el("input", { name, placeholder: name, type, value: type === "checkbox" ? "true" : value }) as HTMLInputElement;
  input.checked = type === "checkbox" && value === "true";
  return input;
}

const filterValue = (input: HTMLInputElement) => (input.type === "checkbox" ? (input.checked ? "true" : "") : input.value);

export function filterForm(route: Route, names: readonly string[]): HTMLElement {
  const inputs = names.map((name) => filterInput(route, name));
  const form = el("form", { class: "filters" }, ...inputs.map((input) => el("label", {}, `${input.name} `, input)), el("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = href(route.view, Object.fromEntries(inputs.map((input) => [input.name, filterValue(input)])));
  });
  return form;
}

export const filterParams = (route: Route, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, route.params.get(n) ?? undefined]));
