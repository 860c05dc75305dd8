import { el } from "../dom.js";
import { href, type Route } from "../route.js";

/** Inputs for a view's filters; submitting navigates, so the filters live in the URL and the back button undoes them. */
export function filterForm(route: Route, names: readonly string[]): HTMLElement {
  const inputs = names.map((name) => el("input", { name, placeholder: name, value: route.params.get(name) ?? "", type: name === "from" || name === "to" ? "date" : "text" }) as HTMLInputElement);
  const form = el("form", { class: "filters" }, ...inputs.map((input) => el("label", {}, `${input.name} `, input)), el("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = href(route.view, Object.fromEntries(inputs.map((input) => [input.name, input.value])));
  });
  return form;
}

export const filterParams = (route: Route, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, route.params.get(n) ?? undefined]));
