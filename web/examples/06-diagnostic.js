// title: A diagnostic, as the CLI words it
function notAsync() {
  const response = await fetch("/data.json");
  return response;
}
