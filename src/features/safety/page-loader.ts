import { data } from 'react-router';
import { loadPage } from '../../content/catalog';

export function pageLoader(id: string) {
  return async () => {
    const page = await loadPage(id);
    if (!page) throw data('No such page', { status: 404 });
    return { page };
  };
}
