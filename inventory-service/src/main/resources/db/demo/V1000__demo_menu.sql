-- Demo data for the local platform (profile "demo" only): the Jain Shikanji menu, stock at the three demo stores,
-- suppliers and a pending purchase order. Product ids are fixed (e2000000-0000-4000-8000-0000000000NN) so other
-- services' demo data can name them; customization and option ids are derived from them:
--   customization: md5('<product id>:<customization key>')::uuid, e.g. key 'size'
--   option:        md5('<product id>:<customization key>:<option key>')::uuid, e.g. 'size:large'

INSERT INTO categories (id, slug, name, description, image_url, display_order) VALUES
    ('e1000000-0000-4000-8000-000000000001', 'shikanji', 'Shikanji', 'Our namesake: fresh lemon, roasted cumin and black salt, made to order.', 'https://cdn.jainshikanji.in/categories/shikanji.jpg', 1),
    ('e1000000-0000-4000-8000-000000000002', 'lemonades', 'Lemonades & Nimbu Pani', 'Lemon drinks beyond the classic: mint, fruit and fizz.', 'https://cdn.jainshikanji.in/categories/lemonades.jpg', 2),
    ('e1000000-0000-4000-8000-000000000003', 'sodas', 'Sodas', 'Banta in the marble-stoppered bottle and masala sodas, opened at the counter.', 'https://cdn.jainshikanji.in/categories/sodas.jpg', 3),
    ('e1000000-0000-4000-8000-000000000004', 'coolers', 'Traditional Coolers', 'Jaljeera, kala khatta, aam panna and other summer sharbats.', 'https://cdn.jainshikanji.in/categories/coolers.jpg', 4),
    ('e1000000-0000-4000-8000-000000000005', 'chaas-lassi', 'Chaas & Lassi', 'Churned buttermilk and thick lassi from fresh dahi.', 'https://cdn.jainshikanji.in/categories/chaas-lassi.jpg', 5),
    ('e1000000-0000-4000-8000-000000000006', 'jain-snacks', 'Jain Snacks', 'Farsan without onion, garlic or root vegetables.', 'https://cdn.jainshikanji.in/categories/jain-snacks.jpg', 6),
    ('e1000000-0000-4000-8000-000000000007', 'chaat', 'Chaat', 'Street-style chaat, the Jain way: no potato, no onion, no garlic.', 'https://cdn.jainshikanji.in/categories/chaat.jpg', 7);

INSERT INTO products (id, name, slug, short_description, description, sku, price, original_price, cost_price,
    category_id, subcategory, tags, is_jain, is_veg, is_vegan, is_gluten_free, is_nut_free, spice_level,
    prep_time_minutes, servings, weight, unit, calories, images, is_available, available_from, available_until,
    is_featured, rating, review_count, created_at, updated_at) VALUES
    ('e2000000-0000-4000-8000-000000000001', 'Classic Shikanji', 'classic-shikanji', 'Fresh lemon, roasted jeera and kala namak over ice.',
     'The drink we are named after: lemons squeezed to order, roasted cumin, black salt and a touch of sugar, stirred over ice. Served in a kulhad-style glass.',
     'JS-SHI-001', 40.00, 50.00, 12.00, 'e1000000-0000-4000-8000-000000000001', 'Lemonade', ARRAY['classic', 'bestseller', 'summer']::VARCHAR[], true, true, true, true, true, 'MILD', 5, 1, '300 ml', 'ml', 90,
     '["https://cdn.jainshikanji.in/products/classic-shikanji.jpg"]', true, NULL, NULL, true, 4.70, 812, now() - interval '39 days', now() - interval '39 days'),
    ('e2000000-0000-4000-8000-000000000002', 'Masala Shikanji', 'masala-shikanji', 'Classic shikanji with our house chaat masala.',
     'Our most ordered drink: classic shikanji finished with a house blend of chaat masala, dry ginger and black pepper. Tangy, salty, a little hot.',
     'JS-SHI-002', 50.00, NULL, 14.00, 'e1000000-0000-4000-8000-000000000001', 'Lemonade', ARRAY['masala', 'bestseller', 'summer', 'tangy']::VARCHAR[], true, true, true, true, true, 'MEDIUM', 5, 1, '300 ml', 'ml', 95,
     '["https://cdn.jainshikanji.in/products/masala-shikanji.jpg"]', true, NULL, NULL, true, 4.80, 1024, now() - interval '38 days', now() - interval '38 days'),
    ('e2000000-0000-4000-8000-000000000003', 'Pudina Shikanji', 'pudina-shikanji', 'Shikanji muddled with fresh mint leaves.',
     'Fresh pudina leaves muddled with lemon and sugar, topped with roasted cumin and black salt. The coolest thing on a hot afternoon.',
     'JS-SHI-003', 55.00, NULL, 15.00, 'e1000000-0000-4000-8000-000000000001', 'Lemonade', ARRAY['mint', 'refreshing', 'summer']::VARCHAR[], true, true, true, true, true, 'MILD', 6, 1, '300 ml', 'ml', 85,
     '["https://cdn.jainshikanji.in/products/pudina-shikanji.jpg"]', true, NULL, NULL, false, 4.60, 433, now() - interval '37 days', now() - interval '37 days'),
    ('e2000000-0000-4000-8000-000000000004', 'Adrak Shikanji', 'adrak-shikanji', 'Shikanji with a kick of dry ginger (saunth).',
     'Made Jain-style with saunth (dry ginger powder) rather than fresh root ginger: lemon, sugar, black salt and a warming finish.',
     'JS-SHI-004', 55.00, NULL, 15.00, 'e1000000-0000-4000-8000-000000000001', 'Lemonade', ARRAY['ginger', 'digestive']::VARCHAR[], true, true, true, true, true, 'MEDIUM', 6, 1, '300 ml', 'ml', 90,
     '["https://cdn.jainshikanji.in/products/adrak-shikanji.jpg"]', true, NULL, NULL, false, 4.40, 211, now() - interval '36 days', now() - interval '36 days'),
    ('e2000000-0000-4000-8000-000000000005', 'Kesar Shikanji', 'kesar-shikanji', 'Saffron-infused shikanji with slivered almonds.',
     'Kashmiri kesar steeped in warm sugar syrup, cooled and shaken with lemon, finished with slivered almonds and a pinch of cardamom.',
     'JS-SHI-005', 80.00, 95.00, 25.00, 'e1000000-0000-4000-8000-000000000001', 'Premium', ARRAY['premium', 'saffron']::VARCHAR[], true, true, true, true, false, 'SWEET', 7, 1, '300 ml', 'ml', 130,
     '["https://cdn.jainshikanji.in/products/kesar-shikanji.jpg"]', true, NULL, NULL, true, 4.50, 167, now() - interval '35 days', now() - interval '35 days'),
    ('e2000000-0000-4000-8000-000000000006', 'Jain Special Shikanji', 'jain-special-shikanji', 'Made with sendha namak and bhuna jeera; vrat-friendly.',
     'Rock salt (sendha namak), roasted cumin and fresh lemon, no other masala: suitable for fasts and for the strictest kitchens.',
     'JS-SHI-006', 60.00, NULL, 16.00, 'e1000000-0000-4000-8000-000000000001', 'Lemonade', ARRAY['jain-special', 'sendha-namak', 'vrat']::VARCHAR[], true, true, true, true, true, 'MILD', 6, 1, '300 ml', 'ml', 85,
     '["https://cdn.jainshikanji.in/products/jain-special-shikanji.jpg"]', true, NULL, NULL, false, 4.60, 298, now() - interval '34 days', now() - interval '34 days'),
    ('e2000000-0000-4000-8000-000000000007', 'Nimbu Pani', 'nimbu-pani', 'Sweet-and-salty lemon water, just like home.',
     'Lemon, sugar, a pinch of salt and cold water. Nothing more, nothing less.',
     'JS-LEM-007', 30.00, NULL, 8.00, 'e1000000-0000-4000-8000-000000000002', 'Lemonade', ARRAY['classic', 'budget']::VARCHAR[], true, true, true, true, true, 'MILD', 3, 1, '250 ml', 'ml', 70,
     '["https://cdn.jainshikanji.in/products/nimbu-pani.jpg"]', true, NULL, NULL, false, 4.30, 655, now() - interval '33 days', now() - interval '33 days'),
    ('e2000000-0000-4000-8000-000000000008', 'Virgin Mint Mojito', 'virgin-mint-mojito', 'Lime, mint and soda over crushed ice.',
     'Fresh lime wedges and mint muddled with cane sugar, topped with chilled soda and crushed ice.',
     'JS-LEM-008', 90.00, 110.00, 25.00, 'e1000000-0000-4000-8000-000000000002', 'Mocktail', ARRAY['mocktail', 'mint', 'fizzy']::VARCHAR[], true, true, true, true, true, 'MILD', 7, 1, '400 ml', 'ml', 110,
     '["https://cdn.jainshikanji.in/products/virgin-mint-mojito.jpg"]', true, NULL, NULL, true, 4.50, 389, now() - interval '32 days', now() - interval '32 days'),
    ('e2000000-0000-4000-8000-000000000009', 'Strawberry Lemonade', 'strawberry-lemonade', 'Mahabaleshwar strawberries shaken with lemonade.',
     'Strawberry crush made in-house from Mahabaleshwar strawberries, shaken with fresh lemonade and ice.',
     'JS-LEM-009', 110.00, NULL, 32.00, 'e1000000-0000-4000-8000-000000000002', 'Mocktail', ARRAY['fruity', 'mocktail', 'seasonal']::VARCHAR[], true, true, true, true, true, 'SWEET', 7, 1, '400 ml', 'ml', 150,
     '["https://cdn.jainshikanji.in/products/strawberry-lemonade.jpg"]', true, NULL, NULL, false, 4.20, 143, now() - interval '31 days', now() - interval '31 days'),
    ('e2000000-0000-4000-8000-000000000010', 'Blue Lagoon Lemonade', 'blue-lagoon-lemonade', 'Blue curacao syrup, lemon and soda (non-alcoholic).',
     'A party favourite: non-alcoholic blue curacao syrup with lemon juice and soda, served with a lemon wheel.',
     'JS-LEM-010', 100.00, NULL, 28.00, 'e1000000-0000-4000-8000-000000000002', 'Mocktail', ARRAY['mocktail', 'fizzy', 'party']::VARCHAR[], true, true, true, true, true, 'SWEET', 6, 1, '400 ml', 'ml', 140,
     '["https://cdn.jainshikanji.in/products/blue-lagoon-lemonade.jpg"]', true, NULL, NULL, false, 4.00, 97, now() - interval '30 days', now() - interval '30 days'),
    ('e2000000-0000-4000-8000-000000000011', 'Honey Lemonade', 'honey-lemonade', 'Lemon and wild honey, warm or chilled. Not Jain (honey).',
     'Wild forest honey stirred into fresh lemon juice. Contains honey, so it is not Jain and not vegan.',
     'JS-LEM-011', 70.00, NULL, 20.00, 'e1000000-0000-4000-8000-000000000002', 'Lemonade', ARRAY['honey', 'wellness']::VARCHAR[], false, true, false, true, true, 'SWEET', 5, 1, '300 ml', 'ml', 120,
     '["https://cdn.jainshikanji.in/products/honey-lemonade.jpg"]', true, NULL, NULL, false, 4.10, 76, now() - interval '29 days', now() - interval '29 days'),
    ('e2000000-0000-4000-8000-000000000012', 'Banta (Goli Soda)', 'banta-goli-soda', 'Lemon goli soda in the marble bottle, popped at the counter.',
     'The classic Indian codd-neck bottle, popped open at the counter: lemon-flavoured soda with a pinch of salt.',
     'JS-SOD-012', 35.00, NULL, 10.00, 'e1000000-0000-4000-8000-000000000003', 'Soda', ARRAY['retro', 'fizzy', 'classic']::VARCHAR[], true, true, true, true, true, 'MILD', 2, 1, '200 ml', 'ml', 80,
     '["https://cdn.jainshikanji.in/products/banta-goli-soda.jpg"]', true, NULL, NULL, true, 4.60, 540, now() - interval '28 days', now() - interval '28 days'),
    ('e2000000-0000-4000-8000-000000000013', 'Masala Soda', 'masala-soda', 'Lemon, chaat masala and soda, fizzing over.',
     'Lemon juice and our masala shaken with chilled soda until it foams over: the Ahmedabad street favourite.',
     'JS-SOD-013', 45.00, NULL, 12.00, 'e1000000-0000-4000-8000-000000000003', 'Soda', ARRAY['fizzy', 'masala', 'bestseller']::VARCHAR[], true, true, true, true, true, 'MEDIUM', 3, 1, '300 ml', 'ml', 90,
     '["https://cdn.jainshikanji.in/products/masala-soda.jpg"]', true, NULL, NULL, true, 4.70, 731, now() - interval '27 days', now() - interval '27 days'),
    ('e2000000-0000-4000-8000-000000000014', 'Jeera Soda', 'jeera-soda', 'Roasted cumin soda, good after a heavy meal.',
     'Roasted jeera, black salt and lemon with chilled soda. A digestive after a heavy thali.',
     'JS-SOD-014', 45.00, NULL, 12.00, 'e1000000-0000-4000-8000-000000000003', 'Soda', ARRAY['fizzy', 'digestive', 'jeera']::VARCHAR[], true, true, true, true, true, 'MILD', 3, 1, '300 ml', 'ml', 85,
     '["https://cdn.jainshikanji.in/products/jeera-soda.jpg"]', true, NULL, NULL, false, 4.40, 260, now() - interval '26 days', now() - interval '26 days'),
    ('e2000000-0000-4000-8000-000000000015', 'Orange Banta', 'orange-banta', 'Orange goli soda in the marble bottle.',
     'Orange-flavoured goli soda in the marble-stoppered bottle.',
     'JS-SOD-015', 40.00, NULL, 11.00, 'e1000000-0000-4000-8000-000000000003', 'Soda', ARRAY['retro', 'fizzy', 'fruity']::VARCHAR[], true, true, true, true, true, 'SWEET', 2, 1, '200 ml', 'ml', 95,
     '["https://cdn.jainshikanji.in/products/orange-banta.jpg"]', true, NULL, NULL, false, 4.20, 188, now() - interval '25 days', now() - interval '25 days'),
    ('e2000000-0000-4000-8000-000000000016', 'Jaljeera', 'jaljeera', 'Cumin, mint and tamarind cooler with boondi.',
     'Cumin, dried mint, tamarind and black salt whisked into chilled water, topped with crisp boondi.',
     'JS-COO-016', 40.00, NULL, 10.00, 'e1000000-0000-4000-8000-000000000004', 'Sharbat', ARRAY['digestive', 'tangy', 'summer']::VARCHAR[], true, true, true, true, true, 'MEDIUM', 4, 1, '300 ml', 'ml', 60,
     '["https://cdn.jainshikanji.in/products/jaljeera.jpg"]', true, NULL, NULL, false, 4.50, 402, now() - interval '24 days', now() - interval '24 days'),
    ('e2000000-0000-4000-8000-000000000017', 'Kala Khatta', 'kala-khatta', 'Jamun syrup with lemon, black salt and chaat masala.',
     'The gola-stall flavour as a drink: kala khatta (jamun) syrup, lemon, black salt and chaat masala over ice.',
     'JS-COO-017', 50.00, NULL, 13.00, 'e1000000-0000-4000-8000-000000000004', 'Sharbat', ARRAY['tangy', 'retro', 'jamun']::VARCHAR[], true, true, true, true, true, 'MEDIUM', 4, 1, '300 ml', 'ml', 110,
     '["https://cdn.jainshikanji.in/products/kala-khatta.jpg"]', true, NULL, NULL, false, 4.30, 215, now() - interval '23 days', now() - interval '23 days'),
    ('e2000000-0000-4000-8000-000000000018', 'Aam Panna', 'aam-panna', 'Raw mango cooler with roasted cumin; summer only.',
     'Raw mangoes boiled and pulped with jaggery, roasted cumin and black salt. Made only while raw mangoes are in season.',
     'JS-COO-018', 60.00, NULL, 18.00, 'e1000000-0000-4000-8000-000000000004', 'Sharbat', ARRAY['seasonal', 'summer', 'mango']::VARCHAR[], true, true, true, true, true, 'MILD', 5, 1, '300 ml', 'ml', 120,
     '["https://cdn.jainshikanji.in/products/aam-panna.jpg"]', true, '2026-03-15T00:00:00+05:30', '2026-07-15T00:00:00+05:30', true, 4.80, 356, now() - interval '22 days', now() - interval '22 days'),
    ('e2000000-0000-4000-8000-000000000019', 'Kokum Sharbat', 'kokum-sharbat', 'Konkan kokum with a hint of jeera.',
     'Sun-dried kokum from the Konkan coast steeped into a deep pink sharbat with a hint of roasted jeera.',
     'JS-COO-019', 55.00, NULL, 15.00, 'e1000000-0000-4000-8000-000000000004', 'Sharbat', ARRAY['konkan', 'cooling']::VARCHAR[], true, true, true, true, true, 'SWEET', 4, 1, '300 ml', 'ml', 100,
     '["https://cdn.jainshikanji.in/products/kokum-sharbat.jpg"]', true, NULL, NULL, false, 4.40, 133, now() - interval '21 days', now() - interval '21 days'),
    ('e2000000-0000-4000-8000-000000000020', 'Bel Sharbat', 'bel-sharbat', 'Wood-apple pulp sharbat, a traditional body cooler.',
     'Bel (wood apple) pulp strained with jaggery and cardamom: the traditional summer body cooler.',
     'JS-COO-020', 60.00, NULL, 17.00, 'e1000000-0000-4000-8000-000000000004', 'Sharbat', ARRAY['cooling', 'ayurvedic']::VARCHAR[], true, true, true, true, true, 'SWEET', 5, 1, '300 ml', 'ml', 140,
     '["https://cdn.jainshikanji.in/products/bel-sharbat.jpg"]', true, NULL, NULL, false, 4.10, 64, now() - interval '20 days', now() - interval '20 days'),
    ('e2000000-0000-4000-8000-000000000021', 'Chaas', 'chaas', 'Plain churned buttermilk with a pinch of salt.',
     'Fresh dahi churned thin with water and a pinch of salt.',
     'JS-LAS-021', 30.00, NULL, 8.00, 'e1000000-0000-4000-8000-000000000005', 'Buttermilk', ARRAY['dairy', 'digestive', 'classic']::VARCHAR[], true, true, false, true, true, 'MILD', 3, 1, '300 ml', 'ml', 60,
     '["https://cdn.jainshikanji.in/products/chaas.jpg"]', true, NULL, NULL, false, 4.40, 378, now() - interval '19 days', now() - interval '19 days'),
    ('e2000000-0000-4000-8000-000000000022', 'Masala Chaas', 'masala-chaas', 'Buttermilk with roasted jeera, coriander and green chilli.',
     'Churned buttermilk tempered with roasted cumin, fresh coriander and green chilli (no ginger, no garlic).',
     'JS-LAS-022', 40.00, NULL, 10.00, 'e1000000-0000-4000-8000-000000000005', 'Buttermilk', ARRAY['dairy', 'digestive', 'masala', 'bestseller']::VARCHAR[], true, true, false, true, true, 'MEDIUM', 3, 1, '300 ml', 'ml', 70,
     '["https://cdn.jainshikanji.in/products/masala-chaas.jpg"]', true, NULL, NULL, true, 4.70, 690, now() - interval '18 days', now() - interval '18 days'),
    ('e2000000-0000-4000-8000-000000000023', 'Sweet Lassi', 'sweet-lassi', 'Thick Punjabi-style lassi with malai.',
     'Thick dahi whisked with sugar and topped with a spoon of malai.',
     'JS-LAS-023', 70.00, NULL, 20.00, 'e1000000-0000-4000-8000-000000000005', 'Lassi', ARRAY['dairy', 'sweet']::VARCHAR[], true, true, false, true, true, 'SWEET', 5, 1, '350 ml', 'ml', 260,
     '["https://cdn.jainshikanji.in/products/sweet-lassi.jpg"]', true, NULL, NULL, false, 4.60, 444, now() - interval '17 days', now() - interval '17 days'),
    ('e2000000-0000-4000-8000-000000000024', 'Kesar Pista Lassi', 'kesar-pista-lassi', 'Saffron lassi topped with crushed pistachio.',
     'Thick lassi with kesar and cardamom, topped with crushed pistachios. Contains nuts.',
     'JS-LAS-024', 95.00, 110.00, 30.00, 'e1000000-0000-4000-8000-000000000005', 'Lassi', ARRAY['dairy', 'premium', 'saffron']::VARCHAR[], true, true, false, true, false, 'SWEET', 6, 1, '350 ml', 'ml', 320,
     '["https://cdn.jainshikanji.in/products/kesar-pista-lassi.jpg"]', true, NULL, NULL, false, 4.70, 231, now() - interval '16 days', now() - interval '16 days'),
    ('e2000000-0000-4000-8000-000000000025', 'Methi Khakhra', 'methi-khakhra', 'Roasted whole-wheat khakhra with fenugreek (pack of 5).',
     'Hand-roasted whole wheat khakhra with kasuri methi, made in Rajkot. Pack of five.',
     'JS-JAI-025', 60.00, NULL, 22.00, 'e1000000-0000-4000-8000-000000000006', 'Farsan', ARRAY['crispy', 'baked', 'dry-snack']::VARCHAR[], true, true, true, false, true, 'MILD', 2, 1, '200 g', 'g', 380,
     '["https://cdn.jainshikanji.in/products/methi-khakhra.jpg"]', true, NULL, NULL, false, 4.50, 188, now() - interval '15 days', now() - interval '15 days'),
    ('e2000000-0000-4000-8000-000000000026', 'Masala Khakhra', 'masala-khakhra', 'Roasted whole-wheat khakhra with red chilli and jeera (pack of 5).',
     'Hand-roasted whole wheat khakhra with red chilli, cumin and sesame. Pack of five.',
     'JS-JAI-026', 60.00, NULL, 22.00, 'e1000000-0000-4000-8000-000000000006', 'Farsan', ARRAY['crispy', 'baked', 'dry-snack', 'masala']::VARCHAR[], true, true, true, false, true, 'MEDIUM', 2, 1, '200 g', 'g', 390,
     '["https://cdn.jainshikanji.in/products/masala-khakhra.jpg"]', true, NULL, NULL, false, 4.40, 164, now() - interval '14 days', now() - interval '14 days'),
    ('e2000000-0000-4000-8000-000000000027', 'Khaman Dhokla', 'khaman-dhokla', 'Spongy besan dhokla with mustard and chilli tadka.',
     'Steamed gram-flour khaman tempered with mustard seeds, green chilli and curry leaves, served with green chutney. No onion, no garlic.',
     'JS-JAI-027', 70.00, NULL, 20.00, 'e1000000-0000-4000-8000-000000000006', 'Farsan', ARRAY['steamed', 'gujarati', 'bestseller']::VARCHAR[], true, true, true, true, true, 'MILD', 10, 1, '250 g', 'g', 280,
     '["https://cdn.jainshikanji.in/products/khaman-dhokla.jpg"]', true, NULL, NULL, true, 4.70, 512, now() - interval '13 days', now() - interval '13 days'),
    ('e2000000-0000-4000-8000-000000000028', 'Moong Dal Kachori', 'moong-dal-kachori', 'Flaky kachori stuffed with spiced moong dal (2 pieces).',
     'Flaky fried kachori filled with coarsely ground moong dal and fennel, served with sweet tamarind chutney.',
     'JS-JAI-028', 40.00, NULL, 11.00, 'e1000000-0000-4000-8000-000000000006', 'Farsan', ARRAY['fried', 'gujarati']::VARCHAR[], true, true, true, false, true, 'MEDIUM', 8, 1, '2 pieces', 'pieces', 320,
     '["https://cdn.jainshikanji.in/products/moong-dal-kachori.jpg"]', true, NULL, NULL, false, 4.50, 377, now() - interval '12 days', now() - interval '12 days'),
    ('e2000000-0000-4000-8000-000000000029', 'Kacha Kela Samosa', 'kacha-kela-samosa', 'Samosa filled with raw banana and peas, no potato (2 pieces).',
     'Our Jain samosa: the potato is replaced by spiced raw banana and green peas, wrapped in a crisp ajwain crust.',
     'JS-JAI-029', 35.00, NULL, 10.00, 'e1000000-0000-4000-8000-000000000006', 'Farsan', ARRAY['fried', 'no-root-vegetables']::VARCHAR[], true, true, true, false, true, 'MEDIUM', 8, 1, '2 pieces', 'pieces', 300,
     '["https://cdn.jainshikanji.in/products/kacha-kela-samosa.jpg"]', true, NULL, NULL, true, 4.60, 455, now() - interval '11 days', now() - interval '11 days'),
    ('e2000000-0000-4000-8000-000000000030', 'Jain Pav Bhaji', 'jain-pav-bhaji', 'Raw banana and vegetable bhaji with buttered pav.',
     'Bhaji of raw banana, cauliflower, capsicum, peas and tomato (no potato, onion or garlic), with two buttered pav.',
     'JS-JAI-030', 140.00, 160.00, 45.00, 'e1000000-0000-4000-8000-000000000006', 'Meal', ARRAY['meal', 'no-root-vegetables', 'spicy']::VARCHAR[], true, true, false, false, true, 'HOT', 15, 1, '1 plate', 'pieces', 520,
     '["https://cdn.jainshikanji.in/products/jain-pav-bhaji.jpg"]', true, NULL, NULL, false, 4.50, 298, now() - interval '10 days', now() - interval '10 days'),
    ('e2000000-0000-4000-8000-000000000031', 'Khandvi', 'khandvi', 'Silky gram-flour rolls with sesame tadka.',
     'Gram flour and buttermilk cooked to a silky batter, rolled thin and finished with mustard, sesame and coconut.',
     'JS-JAI-031', 80.00, NULL, 22.00, 'e1000000-0000-4000-8000-000000000006', 'Farsan', ARRAY['steamed', 'gujarati']::VARCHAR[], true, true, false, true, true, 'MILD', 10, 1, '200 g', 'g', 240,
     '["https://cdn.jainshikanji.in/products/khandvi.jpg"]', true, NULL, NULL, false, 4.60, 201, now() - interval '9 days', now() - interval '9 days'),
    ('e2000000-0000-4000-8000-000000000032', 'Jain Veg Sandwich', 'jain-veg-sandwich', 'Cucumber, tomato and capsicum with green chutney; no potato.',
     'Bombay-style sandwich with cucumber, tomato, capsicum and green chutney on buttered bread. No potato, beetroot or onion.',
     'JS-JAI-032', 90.00, NULL, 26.00, 'e1000000-0000-4000-8000-000000000006', 'Meal', ARRAY['sandwich', 'no-root-vegetables']::VARCHAR[], true, true, false, false, true, 'MILD', 8, 1, '1 sandwich', 'pieces', 310,
     '["https://cdn.jainshikanji.in/products/jain-veg-sandwich.jpg"]', true, NULL, NULL, false, 4.30, 156, now() - interval '8 days', now() - interval '8 days'),
    ('e2000000-0000-4000-8000-000000000033', 'Jain Bhel Puri', 'jain-bhel-puri', 'Puffed rice, sev, raw mango and chutneys; no onion or potato.',
     'Mumbai bhel made Jain: puffed rice, sev, papdi, raw mango, tomato and coriander with sweet and green chutneys.',
     'JS-CHT-033', 60.00, NULL, 16.00, 'e1000000-0000-4000-8000-000000000007', 'Chaat', ARRAY['chaat', 'tangy']::VARCHAR[], true, true, true, false, true, 'MEDIUM', 5, 1, '1 plate', 'pieces', 250,
     '["https://cdn.jainshikanji.in/products/jain-bhel-puri.jpg"]', true, NULL, NULL, false, 4.50, 366, now() - interval '7 days', now() - interval '7 days'),
    ('e2000000-0000-4000-8000-000000000034', 'Sev Puri', 'sev-puri', 'Papdi topped with moong, chutneys and fine sev.',
     'Crisp papdi topped with boiled moong, tomato, sweet and green chutneys and a heap of fine sev.',
     'JS-CHT-034', 70.00, NULL, 19.00, 'e1000000-0000-4000-8000-000000000007', 'Chaat', ARRAY['chaat', 'tangy']::VARCHAR[], true, true, true, false, true, 'MEDIUM', 6, 1, '6 pieces', 'pieces', 280,
     '["https://cdn.jainshikanji.in/products/sev-puri.jpg"]', true, NULL, NULL, false, 4.40, 241, now() - interval '6 days', now() - interval '6 days'),
    ('e2000000-0000-4000-8000-000000000035', 'Dahi Puri', 'dahi-puri', 'Puris filled with moong, sweet dahi and chutneys.',
     'Puris filled with sprouted moong, chilled sweet dahi, tamarind chutney and sev.',
     'JS-CHT-035', 80.00, NULL, 22.00, 'e1000000-0000-4000-8000-000000000007', 'Chaat', ARRAY['chaat', 'dairy', 'sweet']::VARCHAR[], true, true, false, false, true, 'SWEET', 6, 1, '6 pieces', 'pieces', 300,
     '["https://cdn.jainshikanji.in/products/dahi-puri.jpg"]', true, NULL, NULL, false, 4.60, 287, now() - interval '5 days', now() - interval '5 days'),
    ('e2000000-0000-4000-8000-000000000036', 'Jain Pani Puri', 'jain-pani-puri', 'Pani puri with moong sprouts instead of potato.',
     'Six crisp puris with a filling of moong sprouts and boondi, with spicy pudina pani and sweet chutney.',
     'JS-CHT-036', 60.00, NULL, 15.00, 'e1000000-0000-4000-8000-000000000007', 'Chaat', ARRAY['chaat', 'spicy', 'no-root-vegetables']::VARCHAR[], true, true, true, false, true, 'HOT', 5, 1, '6 pieces', 'pieces', 200,
     '["https://cdn.jainshikanji.in/products/jain-pani-puri.jpg"]', true, NULL, NULL, true, 4.70, 402, now() - interval '4 days', now() - interval '4 days');

-- Customizations. Drinks: size (required select), sugar level (required radio, not for plain sodas or chaas), ice
-- (optional radio); shikanji and lemonades also take add-ons (checkbox). Snacks: portion (required select); chaat:
-- spice level (required radio) and toppings (checkbox).
INSERT INTO product_customizations (id, product_id, name, type, is_required, display_order)
SELECT md5(p.id::text || ':' || k.key)::uuid, p.id, k.name, k.type, k.required, k.display_order
FROM products p
JOIN categories c ON c.id = p.category_id
JOIN (VALUES
    ('size', 'Size', 'SELECT', true, 1, ARRAY['shikanji', 'lemonades', 'sodas', 'coolers', 'chaas-lassi']),
    ('sugar', 'Sugar level', 'RADIO', true, 2, ARRAY['shikanji', 'lemonades', 'coolers']),
    ('ice', 'Ice', 'RADIO', false, 3, ARRAY['shikanji', 'lemonades', 'sodas', 'coolers', 'chaas-lassi']),
    ('addons', 'Add-ons', 'CHECKBOX', false, 4, ARRAY['shikanji', 'lemonades']),
    ('toppings', 'Toppings', 'CHECKBOX', false, 4, ARRAY['chaat']),
    ('portion', 'Portion', 'SELECT', true, 1, ARRAY['jain-snacks']),
    ('spice', 'Spice level', 'RADIO', true, 2, ARRAY['chaat'])
) AS k(key, name, type, required, display_order, categories) ON c.slug = ANY (k.categories);

-- Lassi is sweet already, but takes a sugar level too.
INSERT INTO product_customizations (id, product_id, name, type, is_required, display_order)
SELECT md5(p.id::text || ':sugar')::uuid, p.id, 'Sugar level', 'RADIO', true, 2
FROM products p WHERE p.slug IN ('sweet-lassi', 'kesar-pista-lassi');

INSERT INTO customization_options (id, customization_id, name, price_modifier, is_default, display_order)
SELECT md5(pc.product_id::text || ':' || o.key)::uuid, pc.id, o.name, o.price_modifier, o.is_default, o.display_order
FROM product_customizations pc
JOIN (VALUES
    ('size', 'size:regular', 'Regular (300 ml)', 0.00, true, 1),
    ('size', 'size:large', 'Large (500 ml)', 20.00, false, 2),
    ('size', 'size:jumbo', 'Jumbo (750 ml)', 40.00, false, 3),
    ('sugar', 'sugar:none', 'No sugar', 0.00, false, 1),
    ('sugar', 'sugar:less', 'Less sugar', 0.00, false, 2),
    ('sugar', 'sugar:regular', 'Regular', 0.00, true, 3),
    ('sugar', 'sugar:extra', 'Extra sweet', 0.00, false, 4),
    ('ice', 'ice:none', 'No ice', 0.00, false, 1),
    ('ice', 'ice:less', 'Less ice', 0.00, false, 2),
    ('ice', 'ice:regular', 'Regular ice', 0.00, true, 3),
    ('addons', 'addons:mint', 'Extra mint', 10.00, false, 1),
    ('addons', 'addons:sabja', 'Sabja (basil) seeds', 15.00, false, 2),
    ('addons', 'addons:masala', 'Extra masala', 5.00, false, 3),
    ('toppings', 'toppings:sev', 'Extra sev', 10.00, false, 1),
    ('toppings', 'toppings:chutney', 'Extra chutney', 10.00, false, 2),
    ('toppings', 'toppings:boondi', 'Extra boondi', 5.00, false, 3),
    ('portion', 'portion:single', 'Single', 0.00, true, 1),
    ('portion', 'portion:double', 'Double', 30.00, false, 2),
    ('spice', 'spice:mild', 'Mild', 0.00, false, 1),
    ('spice', 'spice:medium', 'Medium', 0.00, true, 2),
    ('spice', 'spice:hot', 'Spicy', 0.00, false, 3)
) AS o(customization, key, name, price_modifier, is_default, display_order)
    ON pc.id = md5(pc.product_id::text || ':' || o.customization)::uuid;

-- Stock of every product at the three demo stores: Manek Chowk (1), CG Road (2), Bandra West (3). Quantities vary
-- per product and store but are fixed; a few rows are low or out on purpose.
INSERT INTO inventory (product_id, store_id, current_stock, min_stock, max_stock, reorder_point, cost_per_unit, unit,
    last_restocked_at)
SELECT p.id, s.id, 30 + mod(abs(hashtext(p.id::text || s.id::text)), 120), 10, 300, 25, p.cost_price, p.unit,
    now() - interval '2 days'
FROM products p
CROSS JOIN (VALUES
    ('a1000000-0000-4000-8000-000000000001'::uuid),
    ('a1000000-0000-4000-8000-000000000002'::uuid),
    ('a1000000-0000-4000-8000-000000000003'::uuid)
) AS s(id);

-- Aam panna is sold out in Bandra; kesar pista lassi and strawberry lemonade are running low on CG Road.
UPDATE inventory SET current_stock = 0
WHERE product_id = 'e2000000-0000-4000-8000-000000000018' AND store_id = 'a1000000-0000-4000-8000-000000000003';
UPDATE inventory SET current_stock = 6
WHERE product_id IN ('e2000000-0000-4000-8000-000000000024', 'e2000000-0000-4000-8000-000000000009')
  AND store_id = 'a1000000-0000-4000-8000-000000000002';

INSERT INTO stock_adjustments (store_id, product_id, reason, stock_change, reserved_change, stock_after,
    reserved_after, actor_id, reference, note)
SELECT store_id, product_id, 'STOCK_COUNT', current_stock, 0, current_stock, 0,
    'c0000000-0000-4000-8000-000000000001', 'demo-opening', 'Opening stock'
FROM inventory;

INSERT INTO suppliers (id, name, email, phone, address, contact_person, payment_terms, tax_id) VALUES
    ('e5000000-0000-4000-8000-000000000001', 'Saurashtra Nimbu Farms', 'orders@saurashtranimbu.example',
     '+91 98250 11223', 'APMC Market Yard, Gondal Road, Rajkot, Gujarat 360004', 'Hitesh Patel', 'Net 15',
     '24AAKFS1234F1Z5'),
    ('e5000000-0000-4000-8000-000000000002', 'Rajkot Khakhra Gruh Udyog', 'sales@rajkotkhakhra.example',
     '+91 99099 44556', '12 Bhaktinagar Industrial Area, Rajkot, Gujarat 360002', 'Meena Shah', 'Net 30',
     '24AABCR5678K1Z2'),
    ('e5000000-0000-4000-8000-000000000003', 'Amul Dairy Distributors (Ahmedabad)', 'ahmedabad@dairydist.example',
     '+91 79 2658 7788', 'Naroda GIDC, Ahmedabad, Gujarat 382330', 'Ramesh Desai', 'Advance',
     '24AAACA9012D1Z9');

-- One pending purchase order at Manek Chowk; new numbers continue after it.
SELECT setval('purchase_order_number_seq', 1);

INSERT INTO purchase_orders (id, po_number, supplier_id, store_id, status, subtotal, tax, shipping, total,
    order_date, expected_delivery_date, notes, created_by) VALUES
    ('e6000000-0000-4000-8000-000000000001', 'PO-2026-000001', 'e5000000-0000-4000-8000-000000000002',
     'a1000000-0000-4000-8000-000000000001', 'PENDING', 3000.00, 150.00, 100.00, 3250.00, CURRENT_DATE,
     CURRENT_DATE + 3, 'Weekly khakhra order for the Diwali rush', 'c0000000-0000-4000-8000-000000000002');

INSERT INTO purchase_order_items (id, purchase_order_id, product_id, quantity, unit_price, total_price) VALUES
    ('e6100000-0000-4000-8000-000000000001', 'e6000000-0000-4000-8000-000000000001',
     'e2000000-0000-4000-8000-000000000025', 50, 30.00, 1500.00),
    ('e6100000-0000-4000-8000-000000000002', 'e6000000-0000-4000-8000-000000000001',
     'e2000000-0000-4000-8000-000000000026', 50, 30.00, 1500.00);
