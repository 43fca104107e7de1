import { firstIssue, positionsQuerySchema, searchParamsRecord } from '@/lib/data/api-params';
import { errorResponse, jsonError, jsonWithEtag } from '@/lib/data/api-responses';
import { loadPositionsPayload } from '@/lib/data/positions-payload';

// The data file is read per request (cached by mtime), never at build time.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const query = positionsQuerySchema.safeParse(searchParamsRecord(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, firstIssue(query.error));
  try {
    const { payload, version, unknownCountries } = await loadPositionsPayload(query.data);
    if (unknownCountries.length > 0) return jsonError(404, `Unknown country: ${unknownCountries.join(', ')}`);
    const filterKey = `${query.data.country?.join('~') ?? ''}|${query.data.date ?? ''}|${query.data.stance?.join('~') ?? ''}`;
    return jsonWithEtag(request, payload, `${version}|${filterKey}`);
  } catch (error) {
    return errorResponse(error);
  }
}
