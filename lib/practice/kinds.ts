/** How each kind of problem is named in the interface. */
export const KIND_NAMES: Record<string, string> = {
  addition: "Long addition",
  polynomial: "Polynomials",
  python: "Python tracing",
};
